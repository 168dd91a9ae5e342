/** HtmlService: outputs from strings or from the built project's .html files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallCounter } from './calls';

type HtmlOutputApi = Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'getTitle' | 'setTitle' | 'setWidth' | 'setHeight'>;

export class FakeHtmlOutput implements HtmlOutputApi {
  private title = '';
  width = 300;
  height = 0;

  constructor(private readonly content: string) {}

  getContent(): string {
    return this.content;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = title;
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.width = width;
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.height = height;
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}

export class FakeHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'> {
  constructor(
    private readonly calls: CallCounter,
    /** Folder of the pushed project (build/), where createHtmlOutputFromFile finds NAME.html. */
    private readonly projectDir: string,
  ) {}

  createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
    this.calls.record('HtmlService', 'createHtmlOutput');
    return new FakeHtmlOutput(typeof html === 'string' ? html : '') as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }

  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    this.calls.record('HtmlService', 'createHtmlOutputFromFile');
    const file = join(this.projectDir, `${filename.replace(/\.html$/, '')}.html`);
    return new FakeHtmlOutput(readFileSync(file, 'utf8')) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}
