export interface Experiment {
  experimentId: string;
  name: string;
  lifecycleStage: string;
  creationTimeMs: number | null;
  lastUpdateTimeMs: number | null;
  tags: Record<string, string>;
}

export interface ExperimentPage {
  experiments: Experiment[];
  nextPageToken: string | null;
}

export interface ServerInfo {
  /** The configured tracking server, without credentials. */
  server: string;
  version: string | null;
  storeType: string | null;
  /** Why the server could not be asked (unreachable, misconfigured); null when it answered. */
  problem: string | null;
}
