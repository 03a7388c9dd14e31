import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The dashboard is reached through its own origin only; nothing is embedded elsewhere.
  poweredByHeader: false,
};

export default nextConfig;
