/** PropertiesService: string key-value stores, with Apps Script's size limits. */
import { CallCounter, counted } from './calls';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

type PropertiesApi = Pick<
  GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'setProperties' | 'getKeys'
>;

export class FakeProperties implements PropertiesApi {
  constructor(readonly store: Record<string, string>) {}

  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store, key) ? this.store[key] : null;
  }

  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    const text = String(value);
    if (key.length + text.length > VALUE_LIMIT) throw new Error('Exception: Argument too large: value');
    const total = Object.entries({ ...this.store, [key]: text }).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (total > STORE_LIMIT) throw new Error('Exception: You have exceeded the property storage quota.');
    this.store[key] = text;
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    delete this.store[key];
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }

  getProperties(): { [key: string]: string } {
    return { ...this.store };
  }

  setProperties(properties: { [key: string]: string }): GoogleAppsScript.Properties.Properties {
    for (const [key, value] of Object.entries(properties)) this.setProperty(key, value);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }

  getKeys(): string[] {
    return Object.keys(this.store);
  }
}

export interface PropertyStores {
  document: Record<string, string>;
  user: Record<string, string>;
  script: Record<string, string>;
}

type ServiceApi = Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
>;

export class FakePropertiesService implements ServiceApi {
  constructor(
    private readonly stores: PropertyStores,
    private readonly calls: CallCounter,
  ) {}

  private wrap(store: Record<string, string>): GoogleAppsScript.Properties.Properties {
    return counted(new FakeProperties(store), 'Properties', this.calls) as unknown as GoogleAppsScript.Properties.Properties;
  }

  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(this.stores.document);
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(this.stores.user);
  }

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(this.stores.script);
  }
}
