#!/usr/bin/env node
// Serves the built demo (dist/) on the loopback interface and prints its URL.
// Static files only: the app does all its work in the browser.
//
//   node scripts/serve.mjs            port 4173, or a free one if that is taken
//   PORT=8080 node scripts/serve.mjs  exactly that port
//   DEMO_DIST=/some/dir node scripts/serve.mjs   another build folder
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Vite's own preview port, so the address looks familiar. */
const DEFAULT_PORT = 4173;
const HOST = "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** Sent with every response; the page's own meta tag carries the same script policy. */
const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/**
 * Starts a static server for `root` on 127.0.0.1. Port 0 picks a free port.
 * Resolves to the server and its URL.
 */
export function serve(root, port) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD", ...SECURITY_HEADERS }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400, SECURITY_HEADERS).end("Bad request");
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = normalize(join(base, pathname));
    // Never serve anything outside the build folder, whatever the path says.
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403, SECURITY_HEADERS).end("Forbidden");
      return;
    }
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      response
        .writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...SECURITY_HEADERS })
        .end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": info.size,
      // Hashed asset names change with their content; the page itself is always checked again.
      "Cache-Control": pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      ...SECURITY_HEADERS,
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      server.off("error", reject);
      const address = server.address();
      resolvePromise({ server, url: `http://${HOST}:${address.port}/` });
    });
  });
}

async function main() {
  const root = process.env.DEMO_DIST ?? fileURLToPath(new URL("../dist", import.meta.url));
  const info = await stat(join(root, "index.html")).catch(() => undefined);
  if (!info) {
    console.error(`No build in ${root}. Run "pnpm --filter @copydesk/demo build" first, or use "start".`);
    process.exit(1);
  }
  const wanted = process.env.PORT;
  let started;
  if (wanted !== undefined && wanted !== "") {
    const port = Number(wanted);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`PORT must be a port number, not ${JSON.stringify(wanted)}.`);
      process.exit(1);
    }
    started = await serve(root, port);
  } else {
    started = await serve(root, DEFAULT_PORT).catch((error) => {
      if (error.code === "EADDRINUSE") return serve(root, 0);
      throw error;
    });
  }
  console.log(`Copydesk demo running at ${started.url}`);
  console.log("Press Ctrl+C to stop.");
  const stop = () => {
    started.server.close(() => process.exit(0));
    started.server.closeAllConnections();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
