// The screens of one experiment, in tab order. A screen adds itself here when it exists.
export interface ExperimentTab {
  label: string;
  /** Path below /experiments/<id>/. */
  segment: string;
}

export const EXPERIMENT_TABS: ExperimentTab[] = [
  { label: "Traces", segment: "traces" },
  { label: "Overview", segment: "overview" },
  { label: "Sessions", segment: "sessions" },
  { label: "Users", segment: "users" },
  { label: "Review", segment: "review" },
];
