import {
  Button,
  Caption1,
  Checkbox,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CategoriesSaved, CategoryEdits, CategoryFieldOverview } from "../../engine/types";
import { useT } from "../i18n/context";
import { FieldHeading } from "./FieldHeading";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  label: { flexGrow: 1, minWidth: "9em" },
  synonyms: { flexGrow: 2, minWidth: "12em" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A category as edited: the synonyms as typed (split on ; when saved). */
interface Row {
  label: string;
  green: boolean;
  synonyms: string;
}

const rowsOf = (f: CategoryFieldOverview): Row[] =>
  f.categories.map((c) => ({ label: c.label, green: c.green, synonyms: c.synonyms.join("; ") }));

export interface CategoryEditorProps {
  fields: CategoryFieldOverview[];
  busy: boolean;
  saved: CategoriesSaved | null;
  onSave: (edits: CategoryEdits) => void;
}

/** Edits the categories per field (add, rename, synonyms, stegförflyttning, order); saves the changed fields. */
export function CategoryEditor({ fields, busy, saved, onSave }: CategoryEditorProps) {
  const t = useT();
  const s = useStyles();
  // The parent remounts the editor (its key) when the lists change: editing starts over.
  const [lists, setLists] = useState<Record<string, Row[]>>(() =>
    Object.fromEntries(fields.map((f) => [f.field, rowsOf(f)])),
  );
  const [changed, setChanged] = useState<Set<string>>(new Set());

  const edit = (field: string, change: (rows: Row[]) => Row[]) => {
    setLists((l) => ({ ...l, [field]: change([...(l[field] ?? [])]) }));
    setChanged((c) => new Set(c).add(field));
  };
  const move = (rows: Row[], i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= rows.length) return rows;
    [rows[i], rows[j]] = [rows[j], rows[i]];
    return rows;
  };
  const save = () => {
    const edits: CategoryEdits = {};
    for (const field of changed)
      edits[field as keyof CategoryEdits] = (lists[field] ?? []).map((r) => ({
        label: r.label,
        green: r.green,
        synonyms: r.synonyms
          .split(";")
          .map((x) => x.trim())
          .filter(Boolean),
      }));
    onSave(edits);
  };

  return (
    <div className={s.root}>
      <Caption1>{t.categoriesEdit.meaning}</Caption1>
      {saved && (
        <MessageBar intent={saved.refused ? "warning" : "success"} data-testid="categories-saved">
          <MessageBarBody>
            {saved.refused
              ? t.categoriesEdit.refused(saved.sheet ?? "")
              : saved.sheet
                ? t.categoriesEdit.savedExcel(saved.sheet)
                : t.categoriesEdit.savedWeb}
          </MessageBarBody>
        </MessageBar>
      )}
      {saved && saved.unknown.length > 0 && (
        <MessageBar intent="warning" data-testid="categories-unknown">
          <MessageBarBody>
            {t.categoriesEdit.unknownHeading}
            <ul className={s.list}>
              {saved.unknown.map((u) => (
                <li key={`${u.column}|${u.value}`}>
                  {t.categoriesEdit.unknownValue(u.value, u.column, u.count)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {fields.map((f) => (
        <section key={f.field} aria-labelledby={`field-${f.field}`}>
          <FieldHeading field={f} />
          {(lists[f.field] ?? []).map((r, i) => (
            <div className={s.row} key={i} data-testid={`category-${f.field}-${i}`}>
              <Input
                className={s.label}
                aria-label={`${t.categoriesEdit.label} ${i + 1}`}
                value={r.label}
                onChange={(_, d) =>
                  edit(f.field, (rows) => ((rows[i] = { ...r, label: d.value }), rows))
                }
              />
              <Input
                className={s.synonyms}
                aria-label={`${t.categoriesEdit.synonyms} ${i + 1}`}
                placeholder={t.categoriesEdit.synonyms}
                value={r.synonyms}
                onChange={(_, d) =>
                  edit(f.field, (rows) => ((rows[i] = { ...r, synonyms: d.value }), rows))
                }
              />
              {f.field === "exitReason" && (
                <Checkbox
                  label={t.categoriesEdit.green}
                  checked={r.green}
                  onChange={(_, d) =>
                    edit(f.field, (rows) => ((rows[i] = { ...r, green: d.checked === true }), rows))
                  }
                />
              )}
              <Button
                size="small"
                aria-label={t.categoriesEdit.up(r.label)}
                onClick={() => edit(f.field, (rows) => move(rows, i, -1))}
              >
                ↑
              </Button>
              <Button
                size="small"
                aria-label={t.categoriesEdit.down(r.label)}
                onClick={() => edit(f.field, (rows) => move(rows, i, 1))}
              >
                ↓
              </Button>
              <Button
                size="small"
                aria-label={t.categoriesEdit.remove(r.label)}
                onClick={() => edit(f.field, (rows) => rows.filter((_, j) => j !== i))}
              >
                ×
              </Button>
            </div>
          ))}
          <Button
            size="small"
            appearance="subtle"
            onClick={() =>
              edit(f.field, (rows) => [
                ...rows,
                { label: t.categoriesEdit.newLabel, green: false, synonyms: "" },
              ])
            }
          >
            {t.categoriesEdit.add}
          </Button>
        </section>
      ))}
      <div>
        <Button appearance="primary" disabled={busy || changed.size === 0} onClick={save}>
          {t.categoriesEdit.save}
        </Button>
      </div>
    </div>
  );
}
