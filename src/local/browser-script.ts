/** A TypeScript entry bundled into one script for a browser page, to serve or to inject (Node only). */
import { build } from 'esbuild';

export async function browserScript(entryPath: string): Promise<string> {
  const result = await build({
    entryPoints: [entryPath],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
