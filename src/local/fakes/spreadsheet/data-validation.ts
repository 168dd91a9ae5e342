/** DataValidation and its builder: the rules are kept as specs, for the preview and the tests to read. */
import type { ValidationRule } from '../../emulator/sheet-model';
import { as } from './context';

export class FakeDataValidation implements Pick<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText'
> {
  constructor(readonly spec: ValidationRule) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return as<GoogleAppsScript.Spreadsheet.DataValidationCriteria>(this.spec.type);
  }

  getCriteriaValues(): any[] {
    if (this.spec.type === 'VALUE_IN_LIST') return [this.spec.values, this.spec.showDropdown];
    if (this.spec.type === 'NUMBER_GREATER_THAN_OR_EQUAL_TO') return [this.spec.value];
    return [];
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

type ValidationBuilderApi = Pick<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  'requireValueInList' | 'requireDate' | 'requireNumberGreaterThanOrEqualTo' | 'setAllowInvalid' | 'setHelpText' | 'build'
>;

export class FakeDataValidationBuilder implements ValidationBuilderApi {
  private rule: ValidationRule = { type: 'DATE_IS_VALID_DATE', allowInvalid: true };

  requireValueInList(values: string[], showDropdown = true): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = {
      type: 'VALUE_IN_LIST',
      values: [...values],
      showDropdown,
      allowInvalid: this.rule.allowInvalid,
      helpText: this.rule.helpText,
    };
    return as(this);
  }

  requireDate(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = { type: 'DATE_IS_VALID_DATE', allowInvalid: this.rule.allowInvalid, helpText: this.rule.helpText };
    return as(this);
  }

  requireNumberGreaterThanOrEqualTo(number: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = {
      type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      value: number,
      allowInvalid: this.rule.allowInvalid,
      helpText: this.rule.helpText,
    };
    return as(this);
  }

  setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = { ...this.rule, allowInvalid: allowInvalidData };
    return as(this);
  }

  setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = { ...this.rule, helpText };
    return as(this);
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    return as(new FakeDataValidation({ ...this.rule }));
  }
}
