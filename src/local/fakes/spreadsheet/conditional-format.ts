/** ConditionalFormatRule and its builder. */
import type { CellStyle, ConditionType, ConditionalFormatSpec } from '../../emulator/sheet-model';
import { as, type Range } from './context';
import type { FakeRange } from './range';

export class FakeConditionalFormatRule implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'getRanges'> {
  constructor(
    readonly spec: ConditionalFormatSpec,
    private readonly rangesOf: () => Range[],
  ) {}

  getRanges(): Range[] {
    return this.rangesOf();
  }
}

type RuleBuilderApi = Pick<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberBetween'
  | 'whenTextEqualTo'
  | 'whenTextContains'
  | 'setBackground'
  | 'setFontColor'
  | 'setBold'
  | 'setRanges'
  | 'build'
>;

export class FakeConditionalFormatRuleBuilder implements RuleBuilderApi {
  private condition: ConditionalFormatSpec['condition'] | undefined;
  private format: CellStyle = {};
  private ranges: FakeRange[] = [];

  private when(type: ConditionType, ...values: Array<number | string>): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.condition = { type, values };
    return as(this);
  }

  whenNumberGreaterThanOrEqualTo(number: number) {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', number);
  }

  whenNumberGreaterThan(number: number) {
    return this.when('NUMBER_GREATER_THAN', number);
  }

  whenNumberLessThan(number: number) {
    return this.when('NUMBER_LESS_THAN', number);
  }

  whenNumberLessThanOrEqualTo(number: number) {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', number);
  }

  whenNumberBetween(start: number, end: number) {
    return this.when('NUMBER_BETWEEN', start, end);
  }

  whenTextEqualTo(text: string) {
    return this.when('TEXT_EQUAL_TO', text);
  }

  whenTextContains(text: string) {
    return this.when('TEXT_CONTAINS', text);
  }

  setBackground(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.format = { ...this.format, background: color ?? '' };
    return as(this);
  }

  setFontColor(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.format = { ...this.format, fontColor: color ?? '' };
    return as(this);
  }

  setBold(bold: boolean | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.format = { ...this.format, fontWeight: bold ? 'bold' : 'normal' };
    return as(this);
  }

  setRanges(ranges: Range[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.ranges = ranges as unknown as FakeRange[];
    return as(this);
  }

  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (!this.condition) throw new Error('Exception: The conditional format rule must have a condition.');
    const ranges = this.ranges;
    const spec: ConditionalFormatSpec = {
      ranges: ranges.map((r) => ({ ...r.grid })),
      condition: this.condition,
      format: { ...this.format },
    };
    return as(new FakeConditionalFormatRule(spec, () => ranges as unknown as Range[]));
  }
}
