/**
 * The bar of the progress line (Fluent's ProgressBar): a chunk of its own, since it
 * is shown only while a long analysis runs (ProgressLine.tsx), never in the first view.
 */
import { ProgressBar } from "@fluentui/react-components";

export default function ProgressMeter({ value, label }: { value: number; label: string }) {
  return <ProgressBar value={value} max={1} thickness="medium" aria-label={label} />;
}
