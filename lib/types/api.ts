/** Every error our API returns has this shape. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    /** True when the message is the tracking server's own. */
    fromMlflow?: boolean;
  };
}
