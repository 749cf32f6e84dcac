/**
 * The profile chooser of ProfileBar (自动识别, the built-in profiles, the imported
 * ones, 不按方面检查): Fluent's Dropdown, with its listbox and positioning, in a
 * chunk of its own. ProfileBar loads it with import() once the bar is shown, and
 * it is drawn when the user opens 更改.
 */
import { Dropdown, Option, OptionGroup } from "@fluentui/react-components";
import type { Profile } from "../core/profiles";
import type { Strings } from "./i18n";
import { AUTO_PROFILE, NO_PROFILE } from "./profileChoice";

export interface ProfileChooserProps {
  className: string;
  strings: Strings["profile"];
  /** The option shown as chosen: a profile id, AUTO_PROFILE or NO_PROFILE. */
  selected: string;
  optionText: (value: string) => string;
  builtIn: readonly Profile[];
  ownProfiles: readonly Profile[];
  onChoose: (profileId: string | undefined) => void;
}

export function ProfileChooser({ className, strings: s, selected, optionText, builtIn, ownProfiles, onChoose }: ProfileChooserProps) {
  return (
    <Dropdown
      className={className}
      size="small"
      aria-label={s.chooseLabel}
      value={optionText(selected)}
      selectedOptions={[selected]}
      onOptionSelect={(_, data) => {
        const value = data.optionValue;
        if (!value || value === selected) return;
        onChoose(value === AUTO_PROFILE ? undefined : value);
      }}
    >
      <Option value={AUTO_PROFILE}>{s.auto}</Option>
      <OptionGroup>
        {builtIn.map((p) => (
          <Option key={p.id} value={p.id} text={s.profileName(p)}>
            {s.profileName(p)}
          </Option>
        ))}
      </OptionGroup>
      {ownProfiles.length > 0 && (
        <OptionGroup label={s.imported}>
          {ownProfiles.map((p) => (
            <Option key={p.id} value={p.id} text={s.profileName(p)}>
              {s.profileName(p)}
            </Option>
          ))}
        </OptionGroup>
      )}
      <Option value={NO_PROFILE}>{s.none}</Option>
    </Dropdown>
  );
}
