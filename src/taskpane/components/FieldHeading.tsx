import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CategoryFieldOverview } from "../../engine/types";
import { useT } from "../i18n/context";

const useStyles = makeStyles({
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** A category field's name and where its list comes from (the Kategorier sheet or the defaults). */
export function FieldHeading({ field }: { field: CategoryFieldOverview }) {
  const t = useT();
  const s = useStyles();
  return (
    <div className={s.head}>
      <Text as="h3" weight="semibold" id={`field-${field.field}`} style={{ margin: 0 }}>
        {t.mapping.fields[field.field] ?? field.field}
      </Text>
      <Badge appearance="outline">
        {field.source === "Kategorier" ? t.settings.fromSheet : t.settings.defaults}
      </Badge>
    </div>
  );
}
