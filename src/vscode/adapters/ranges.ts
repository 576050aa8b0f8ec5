import * as vscode from 'vscode';
import { OffsetConverter } from '../../core/text/offsets';

/**
 * The one place where core's code-point offsets become VS Code ranges (UTF-16) and back.
 * One converter per document version, so many conversions cost one scan.
 */
export class DocumentOffsets {
  private readonly conv: OffsetConverter;

  constructor(private readonly document: vscode.TextDocument, text = document.getText()) {
    this.conv = new OffsetConverter(text);
  }

  range(start: number, end: number): vscode.Range {
    return new vscode.Range(this.document.positionAt(this.conv.toUtf16(start)), this.document.positionAt(this.conv.toUtf16(end)));
  }

  /** Code-point offset of a position. */
  offset(position: vscode.Position): number {
    return this.conv.toCodePoint(this.document.offsetAt(position));
  }

  /** Code-point span of a range. */
  span(range: vscode.Range): { start: number; end: number } {
    return { start: this.offset(range.start), end: this.offset(range.end) };
  }
}
