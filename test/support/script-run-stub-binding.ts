/** The name of the function through which the stubbed page's google.script.run reaches the test. */
export const STUB_BINDING = '__scriptRunStub';
