import { memo, startTransition, useEffect, useReducer, useRef, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { FakeBlock, FakeComment, FakeParagraph, FakeTable, FakeWordHost } from "../word/fakeWord";
import { NOTE_MARK } from "../word/textModel";
import { useGradualDrawing } from "../taskpane/gradualDrawing";

/**
 * A new document is drawn a slice a frame: laying out a whole report at once is one long task.
 * Text on screen or near it is laid out in full, so it comes in small slices; farther paragraphs
 * are skipped (content-visibility) and come in slices twice as large each frame, up to a cap.
 */
const NEAR_SCREEN_CHARACTERS = 6000;
const CHARACTERS_PER_FRAME_NEAR_SCREEN = 1000;
const MOST_CHARACTERS_PER_FRAME = 16_000;
const moreText = (drawn: number) => drawn + (drawn < NEAR_SCREEN_CHARACTERS ? CHARACTERS_PER_FRAME_NEAR_SCREEN : Math.min(drawn, MOST_CHARACTERS_PER_FRAME));

const useStyles = makeStyles({
  page: {
    backgroundColor: "#fff",
    color: "#111",
    fontFamily: "'Times New Roman', Times, serif",
    fontSize: "15px",
    lineHeight: 1.45,
    padding: "32px 40px",
    boxShadow: tokens.shadow8,
    maxWidth: "52rem",
    margin: "0 auto",
  },
  // Off-screen paragraphs skip layout and paint, so a long document does not slow the pane next to it.
  paragraph: { margin: "0 0 6px", minHeight: "1em", whiteSpace: "pre-wrap", cursor: "text", contentVisibility: "auto", containIntrinsicSize: "auto 3em" },
  heading: { fontWeight: "bold" },
  selection: { backgroundColor: "#b4d7ff", outline: "1px solid #4a90e2" },
  comment: { backgroundColor: "#fff2a8", borderBottom: "2px solid #e0b000" },
  table: { borderCollapse: "collapse", width: "100%", margin: "8px 0", fontSize: "13px" },
  cell: { border: "1px solid #555", padding: "2px 6px", verticalAlign: "top" },
  control: { border: "1px dashed #7a7af0", padding: "4px", position: "relative", margin: "8px 0" },
  controlTitle: { position: "absolute", top: "-10px", left: "8px", backgroundColor: "#fff", fontSize: "11px", color: "#55c", padding: "0 4px" },
  comments: { marginTop: "24px", borderTop: "1px solid #ccc", paddingTop: "8px", fontFamily: "system-ui, sans-serif", fontSize: "13px" },
  badge: { fontFamily: "system-ui, sans-serif", fontSize: "12px", color: "#a33", marginBottom: "8px" },
  edit: { width: "100%", font: "inherit", boxSizing: "border-box" },
});

/**
 * The simulated Word document: paragraphs, tables, comments and the selection, redrawn after every
 * sync. A new document is drawn a slice a frame; any change (a jump, an edit) draws the rest at once.
 */
export function DocumentView({ host }: { host: FakeWordHost }) {
  const styles = useStyles();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const selectionRef = useRef<HTMLSpanElement>(null);
  const blocks = host.state.blocks;
  const { drawn, drawAll } = useGradualDrawing(textLength(blocks), CHARACTERS_PER_FRAME_NEAR_SCREEN, moreText);
  useEffect(
    () =>
      // Not urgent: drawn in slices between the pane's own work (a fix's click, its re-check), not in their tasks.
      host.subscribe(() =>
        startTransition(() => {
          drawAll();
          redraw();
        }),
      ),
    [host, drawAll],
  );
  const selection = host.state.selection;
  useEffect(() => {
    selectionRef.current?.scrollIntoView({ block: "center" });
  }, [selection?.paragraph, selection?.start]);

  const [editing, setEditing] = useState<FakeParagraph | null>(null);
  const place = (paragraph: FakeParagraph) => {
    host.state.selection = { paragraph, start: 0, end: 0 };
    host.notify();
  };
  /** Typing in the document, as a writer would between checks (double-click a paragraph, Enter to keep). */
  const commit = (paragraph: FakeParagraph, text: string) => {
    setEditing(null);
    if (text === paragraph.text) return;
    host.type(paragraph, 0, paragraph.text.length, text);
    host.notify();
  };
  const commentsOf = commentsByParagraph(host.state.comments);
  const renderParagraph = (p: FakeParagraph) => {
    const here = selection?.paragraph === p ? selection : null;
    return (
      <ParagraphText
        key={p.id}
        text={p.text}
        changes={p.changes}
        selectionStart={here?.start ?? -1}
        selectionEnd={here?.end ?? -1}
        comments={commentsOf.get(p) ?? NO_COMMENTS}
        styles={styles}
        selectionRef={selectionRef}
      />
    );
  };

  return (
    <article className={styles.page} aria-label="Văn bản mô phỏng" data-testid="document">
      {host.state.changeTrackingMode !== "Off" && <div className={styles.badge}>Track changes: {host.state.revisions.length}</div>}
      {blocksWithin(blocks, drawn).map((block) =>
        block.kind === "paragraph" ? (
          <p
            key={block.paragraph.id}
            className={`${styles.paragraph} ${block.paragraph.outlineLevel < 10 || block.paragraph.font.bold ? styles.heading : ""}`}
            style={{ textAlign: alignment(block.paragraph) }}
            onClick={() => place(block.paragraph)}
            onDoubleClick={() => setEditing(block.paragraph)}
            data-testid="doc-paragraph"
          >
            {editing === block.paragraph ? (
              <input
                className={styles.edit}
                defaultValue={block.paragraph.text}
                autoFocus
                aria-label="Sửa đoạn văn / Edit paragraph"
                data-testid="doc-edit"
                onKeyDown={(e) => {
                  if (e.key === "Enter") commit(block.paragraph, e.currentTarget.value);
                  if (e.key === "Escape") setEditing(null);
                }}
                onBlur={(e) => commit(block.paragraph, e.currentTarget.value)}
              />
            ) : (
              renderParagraph(block.paragraph)
            )}
          </p>
        ) : (
          <TableView key={block.table.id} table={block.table} styles={styles} renderParagraph={renderParagraph} />
        ),
      )}
      {host.state.comments.length > 0 && (
        <section className={styles.comments} aria-label="Nhận xét" data-testid="doc-comments">
          {host.state.comments.map((c) => (
            <div key={c.id} data-testid="doc-comment">
              💬 “{c.paragraph.text.slice(c.start, c.end)}”: {c.content}
            </div>
          ))}
        </section>
      )}
    </article>
  );
}

function blockLength(block: FakeBlock): number {
  return block.kind === "paragraph" ? block.paragraph.text.length : block.table.rows.flat().reduce((sum, cell) => sum + cell.text.length, 0);
}

function textLength(blocks: readonly FakeBlock[]): number {
  return blocks.reduce((sum, block) => sum + blockLength(block), 0);
}

/** The blocks that start within the first `characters` of text (the first block at least). */
function blocksWithin(blocks: readonly FakeBlock[], characters: number): readonly FakeBlock[] {
  if (characters === Infinity) return blocks;
  let count = 0;
  for (let before = 0; count < blocks.length && (count === 0 || before < characters); count++) before += blockLength(blocks[count]!);
  return blocks.slice(0, count);
}

function alignment(p: FakeParagraph): "left" | "center" | "right" | "justify" {
  return p.alignment === "Centered" ? "center" : p.alignment === "Right" ? "right" : p.alignment === "Justified" ? "justify" : "left";
}

function TableView({
  table,
  styles,
  renderParagraph,
}: {
  table: FakeTable;
  styles: ReturnType<typeof useStyles>;
  renderParagraph: (p: FakeParagraph) => JSX.Element;
}) {
  const body = (
    <table className={styles.table} data-testid="doc-table" data-style={table.styleBuiltIn}>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => {
              const Tag = r < table.headerRowCount ? "th" : "td";
              return (
                <Tag key={cell.id} className={styles.cell} style={{ textAlign: table.alignments[r]?.[c] === "Right" ? "right" : "left" }}>
                  {renderParagraph(cell)}
                </Tag>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!table.contentControl) return body;
  return (
    <div className={styles.control} data-testid="doc-content-control" data-tag={table.contentControl.tag}>
      <span className={styles.controlTitle}>{table.contentControl.title}</span>
      {body}
    </div>
  );
}

const NO_COMMENTS: readonly FakeComment[] = [];

function commentsByParagraph(comments: readonly FakeComment[]): Map<FakeParagraph, FakeComment[]> {
  const byParagraph = new Map<FakeParagraph, FakeComment[]>();
  for (const c of comments) {
    const list = byParagraph.get(c.paragraph);
    if (list) list.push(c);
    else byParagraph.set(c.paragraph, [c]);
  }
  return byParagraph;
}

/**
 * Paragraph text split at comment and selection boundaries; text is only ever rendered as text
 * nodes. Drawn again only when what it shows changes (memo on its values: the host edits its
 * paragraphs and ranges in place), so a fix redraws the paragraphs it touched, not the document.
 */
const ParagraphText = memo(function ParagraphText({
  text,
  changes,
  selectionStart,
  selectionEnd,
  comments,
  styles,
  selectionRef,
}: {
  text: string;
  changes: string;
  /** -1 when the selection is elsewhere. */
  selectionStart: number;
  selectionEnd: number;
  comments: readonly FakeComment[];
  styles: ReturnType<typeof useStyles>;
  selectionRef: React.RefObject<HTMLSpanElement>;
}) {
  const selection = selectionStart >= 0 ? { start: selectionStart, end: selectionEnd } : null;
  const cuts = new Set([0, text.length]);
  for (const r of [...comments, ...(selection ? [selection] : [])]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  // Tracked changes as Word shows them inline: deletions struck through, insertions underlined.
  for (let i = 1; i < text.length; i++) if (changes[i] !== changes[i - 1]) cuts.add(i);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: JSX.Element[] = [];
  if (selection && selection.start === selection.end) pieces.push(<span key="caret" ref={selectionRef} />);
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i]!, points[i + 1]!];
    const selected = selection !== null && selection.start <= s && e <= selection.end && selection.start < selection.end;
    const commented = comments.some((c) => c.start <= s && e <= c.end);
    const className = [selected ? styles.selection : "", commented ? styles.comment : ""].join(" ").trim();
    const change = changes[s];
    const decoration = change === "-" ? "line-through" : change === "+" ? "underline" : undefined;
    pieces.push(
      <span
        key={s}
        className={className || undefined}
        style={decoration ? { textDecoration: decoration, color: "#b00" } : undefined}
        ref={selected && s === selection.start ? selectionRef : undefined}
        data-selected={selected || undefined}
      >
        {text.slice(s, e).replaceAll(NOTE_MARK, "*")}
      </span>,
    );
  }
  return <>{pieces}</>;
});
