/**
 * The top of the pane, in every view: which aspect profile the document is
 * checked against (detected or chosen), how trustworthy that profile is, why
 * it was detected, the year-mismatch warning, a control to choose another
 * profile (or none), and "导入方面配置" for next year's notice.
 */
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUploadRegular, ChevronDownRegular, ChevronUpRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useId, useState, type ChangeEvent, type ComponentType } from "react";
import type { Analysis } from "../core/analyze";
import type { Profile } from "../core/profiles";
import { errorMessage } from "./errors";
import type { Strings } from "./i18n";
import type { ProfileChooserProps } from "./ProfileChooser";

import { AUTO_PROFILE, NO_PROFILE } from "./profileChoice";

export { AUTO_PROFILE, NO_PROFILE };

/**
 * The chooser (Fluent's Dropdown) is a chunk, fetched once the bar is shown and drawn
 * when 更改 is opened; once loaded it is drawn directly (no Suspense boundary).
 */
let LoadedChooser: ComponentType<ProfileChooserProps> | null = null;
export function loadProfileChooser(): Promise<ComponentType<ProfileChooserProps>> {
  return import("./ProfileChooser").then((m) => (LoadedChooser = m.ProfileChooser));
}
const LazyChooser = lazy(() => loadProfileChooser().then((component) => ({ default: component })));

export interface ProfileBarProps {
  analysis: Analysis;
  strings: Strings;
  /** The stored choice: an id, "none", or undefined (detect). */
  profileChoice: string | undefined;
  unknownProfileId: string | null;
  userProfiles: readonly Profile[];
  importError: string | null;
  onChoose: (profileId: string | undefined) => void;
  onImport: (text: string) => void;
  onImportError: (message: string) => void;
  /** Show the controls (choose, import, why) from the start; otherwise behind "更改". */
  initiallyOpen?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, rowGap: "2px" },
  label: { color: tokens.colorNeutralForeground3 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", minWidth: 0 },
  change: { marginLeft: "auto", minWidth: 0 },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  dropdown: { minWidth: 0, flexGrow: 1, flexBasis: "160px", maxWidth: "100%" },
  reasons: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  reasonsSummary: { cursor: "pointer", color: tokens.colorBrandForeground1 },
  reasonList: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  // A native file input, visually hidden but focusable; its label looks like a button.
  fileInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  importLabel: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-within": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

export function ProfileBar({
  analysis,
  strings,
  profileChoice,
  unknownProfileId,
  userProfiles,
  importError,
  onChoose,
  onImport,
  onImportError,
  initiallyOpen = false,
}: ProfileBarProps) {
  const styles = useStyles();
  const inputId = useId();
  const controlsId = useId();
  const [open, setOpen] = useState(initiallyOpen);
  useEffect(() => {
    // A failed fetch is tried again when the chooser is drawn (React.lazy).
    if (!LoadedChooser) void loadProfileChooser().catch(() => undefined);
  }, []);
  const s = strings.profile;
  const profile = analysis.profile;
  const detected = analysis.doc.profile?.detected ?? false;
  const imported = new Set([
    ...userProfiles.map((p) => p.id),
    ...analysis.state.userProfiles.map((p) => (p as { id?: string })?.id ?? ""),
  ]);

  const selected = unknownProfileId ? AUTO_PROFILE : (profileChoice ?? AUTO_PROFILE);
  const optionText = (value: string): string => {
    if (value === AUTO_PROFILE) return s.auto;
    if (value === NO_PROFILE) return s.none;
    const p = analysis.catalogue.find((c) => c.id === value);
    return p ? s.profileName(p) : value;
  };
  const builtIn = analysis.catalogue.filter((p) => !imported.has(p.id));
  const ownProfiles = analysis.catalogue.filter((p) => imported.has(p.id));

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      onImport(await file.text());
    } catch (error) {
      onImportError(errorMessage(error));
    } finally {
      input.value = ""; // choosing the same file again imports it again
    }
  };

  const chooser: ProfileChooserProps = {
    className: styles.dropdown,
    strings: s,
    selected,
    optionText,
    builtIn,
    ownProfiles,
    onChoose,
  };

  const current = profile ? s.profileName(profile) : profileChoice === NO_PROFILE ? s.noneActive : s.notDetected;

  return (
    <section className={styles.root} aria-label={s.heading} data-profile-id={profile?.id ?? ""}>
      <div className={styles.row}>
        <Caption1 className={styles.label}>{s.heading}</Caption1>
        <Text size={200} className={styles.name} data-profile-name="">
          {current}
        </Text>
        {profile && (
          <Badge appearance="outline" size="medium" color={detected ? "informative" : "brand"}>
            {detected ? s.detected : s.chosen}
          </Badge>
        )}
        {profile && profile.confidence.level !== "low" && (
          <Badge
            appearance="tint"
            size="medium"
            color={profile.confidence.level === "high" ? "success" : "warning"}
            title={profile.confidence.note}
          >
            {s.confidence[profile.confidence.level]}
          </Badge>
        )}
        <Button
          className={styles.change}
          size="small"
          appearance="subtle"
          icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
          iconPosition="after"
          aria-expanded={open}
          aria-controls={controlsId}
          aria-label={s.changeLabel}
          onClick={() => setOpen(!open)}
        >
          {s.change}
        </Button>
      </div>

      {profile && profile.confidence.level === "low" && (
        <MessageBar intent="warning" layout="multiline" data-low-confidence="">
          <MessageBarBody>
            <MessageBarTitle>{s.lowConfidenceTitle}</MessageBarTitle>
            {s.lowConfidence}
            <details className={styles.reasons}>
              <summary className={styles.reasonsSummary}>{s.lowConfidenceSource}</summary>
              {profile.confidence.note}
            </details>
          </MessageBarBody>
        </MessageBar>
      )}

      {analysis.doc.aspectYearWarning && (
        <MessageBar intent="warning" layout="multiline" data-year-warning="">
          <MessageBarBody>
            <MessageBarTitle>{s.yearWarningTitle}</MessageBarTitle>
            {analysis.doc.aspectYearWarning.message}
          </MessageBarBody>
        </MessageBar>
      )}

      {unknownProfileId && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.unknownStored(unknownProfileId)}</MessageBarBody>
        </MessageBar>
      )}

      {open && (
        <div id={controlsId} className={styles.controls}>
          {analysis.detection && analysis.detection.reasons.length > 0 && (
            <details className={styles.reasons}>
              <summary className={styles.reasonsSummary}>{s.reasons}</summary>
              <ul className={styles.reasonList}>
                {analysis.detection.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </details>
          )}
          {LoadedChooser ? (
            <LoadedChooser {...chooser} />
          ) : (
            <Suspense fallback={null}>
              <LazyChooser {...chooser} />
            </Suspense>
          )}
          <label className={styles.importLabel} htmlFor={inputId}>
            <ArrowUploadRegular aria-hidden="true" />
            {s.importButton}
          </label>
          <input
            id={inputId}
            className={styles.fileInput}
            type="file"
            accept=".json,application/json"
            onChange={(event) => void onFile(event)}
          />
        </div>
      )}

      {importError && (
        <MessageBar intent="error" layout="multiline" role="alert" data-import-error="">
          <MessageBarBody>
            <MessageBarTitle>{s.importErrorTitle}</MessageBarTitle>
            {importError}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
