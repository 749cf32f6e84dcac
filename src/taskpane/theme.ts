/**
 * Light or dark, as the user has it. In Word: Office's theme
 * (Office.context.officeTheme, read on open and whenever the user comes back to
 * the pane, since Word has no theme-changed event for task panes: the
 * OfficeThemeChanged event is Outlook's, Mailbox 1.14). `isDarkTheme` is used
 * where Office supplies it; otherwise the body background's lightness decides
 * (the documented colours are hex triplets such as "#FFFFFF"). officeTheme can
 * be undefined (Word on the web in some builds: office-js #3732), and then, as
 * in the preview, a `?theme=dark|light` in the address or the system's
 * prefers-color-scheme decides.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

export type ColorScheme = "light" | "dark";

/** Relative lightness (0–1) of a "#RRGGBB" / "#RGB" colour, or null when it is not one. */
export function lightness(hex: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex?.trim() ?? "");
  if (!m) return null;
  const digits = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255);
  // Rec. 709 luma: enough to tell a dark background from a light one.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

interface OfficeThemeLike {
  isDarkTheme?: unknown;
  bodyBackgroundColor?: unknown;
}

/** The scheme an Office theme stands for, or null when it says nothing usable. */
export function schemeOfOfficeTheme(theme: OfficeThemeLike | null | undefined): ColorScheme | null {
  if (!theme) return null;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const l = lightness(typeof theme.bodyBackgroundColor === "string" ? theme.bodyBackgroundColor : null);
  return l === null ? null : l < 0.5 ? "dark" : "light";
}

/** Office's theme, when the page runs in Office and Office tells. */
export function officeColorScheme(): ColorScheme | null {
  try {
    if (typeof Office === "undefined") return null;
    return schemeOfOfficeTheme(Office.context?.officeTheme as OfficeThemeLike | undefined);
  } catch {
    return null; // Office.context is not there before Office.onReady
  }
}

/** `?theme=dark` or `?theme=light` in the page's address (the preview, tests, screenshots). */
export function requestedColorScheme(search: string | undefined = typeof location !== "undefined" ? location.search : undefined): ColorScheme | null {
  try {
    const value = new URLSearchParams(search ?? "").get("theme");
    return value === "dark" || value === "light" ? value : null;
  } catch {
    return null;
  }
}

function systemPrefersDark(): boolean {
  try {
    return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  } catch {
    return false;
  }
}

/** The scheme now: Office's, else the address's, else the system's. */
export function currentColorScheme(): ColorScheme {
  return officeColorScheme() ?? requestedColorScheme() ?? (systemPrefersDark() ? "dark" : "light");
}

export function fluentTheme(scheme: ColorScheme): Theme {
  return scheme === "dark" ? webDarkTheme : webLightTheme;
}

/**
 * The scheme, kept current: the system's preference can change at any time, and
 * Office's theme is read again when the user returns to the pane.
 */
export function useColorScheme(fixed?: ColorScheme): ColorScheme {
  const [scheme, setScheme] = useState<ColorScheme>(() => fixed ?? currentColorScheme());
  useEffect(() => {
    if (fixed) {
      setScheme(fixed);
      return;
    }
    const update = () => setScheme(currentColorScheme());
    const query = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
    query?.addEventListener?.("change", update);
    window.addEventListener("focus", update);
    document.addEventListener("visibilitychange", update);
    return () => {
      query?.removeEventListener?.("change", update);
      window.removeEventListener("focus", update);
      document.removeEventListener("visibilitychange", update);
    };
  }, [fixed]);
  return scheme;
}
