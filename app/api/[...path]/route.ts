// Anything under /api that is not one of the dashboard's own operations is refused here, so no
// request can reach the tracking server through a path of the caller's choosing.
function notAnOperation(request: Request) {
  const { pathname } = new URL(request.url);
  return Response.json(
    { error: { code: "NOT_AN_OPERATION", message: `${request.method} ${pathname} is not an operation of this dashboard's API.` } },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

export const GET = notAnOperation;
export const POST = notAnOperation;
export const PUT = notAnOperation;
export const PATCH = notAnOperation;
export const DELETE = notAnOperation;
