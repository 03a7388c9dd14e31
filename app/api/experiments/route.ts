import { ExperimentListQuery } from "@/lib/api/schemas";
import { searchExperiments } from "@/lib/mlflow/client";
import { handle, parseQuery } from "@/lib/server/handle";
import { experimentNameFilter } from "@/lib/filters/experiment-filter";

export function GET(request: Request) {
  return handle(request, () => {
    const query = parseQuery(request, ExperimentListQuery);
    return searchExperiments({ filter: experimentNameFilter(query.name), maxResults: query.pageSize, pageToken: query.pageToken });
  });
}
