/**
 * The pane's colours follow Office's theme (Office.context.officeTheme: the dark palette
 * when the theme is dark, and its body colours as the pane's background and text), or,
 * outside Office or where Office has no theme, the system's prefers-color-scheme, also
 * when it changes. taskpane.css holds the palettes; this only picks one.
 */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** Relative luminance (WCAG 2) of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether Office's theme is dark: as Office says, else by its body background; null without a usable theme. */
export function isDark(theme: OfficeThemeColors | undefined): boolean | null {
  if (!theme) return null;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const bg = theme.bodyBackgroundColor;
  // 0.18: the luminance from which black text has more contrast than white.
  return bg && HEX.test(bg) ? luminance(bg) < 0.18 : null;
}

export function followTheme(root: HTMLElement, theme: OfficeThemeColors | undefined, media: (query: string) => MediaQueryList): void {
  const dark = isDark(theme);
  if (dark === null) {
    const scheme = media("(prefers-color-scheme: dark)");
    const apply = () => (root.dataset.theme = scheme.matches ? "dark" : "light");
    apply();
    scheme.addEventListener("change", apply);
    return;
  }
  root.dataset.theme = dark ? "dark" : "light";
  // Set through the CSSOM, which the page's style-src 'self' allows (a style attribute in markup it would not).
  if (theme?.bodyBackgroundColor && HEX.test(theme.bodyBackgroundColor)) root.style.setProperty("--bg", theme.bodyBackgroundColor);
  if (theme?.bodyForegroundColor && HEX.test(theme.bodyForegroundColor)) root.style.setProperty("--fg", theme.bodyForegroundColor);
}
