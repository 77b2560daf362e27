import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { isParallaxError } from "../errors.ts";
import { fetchBytes } from "./04-fetch.ts";

let server: Server;
let base = "";
const hanging: import("node:http").ServerResponse[] = [];

before(async () => {
  server = createServer((req, res) => {
    if (req.url === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<html><body><p>caf\u00e9</p></body></html>");
    } else if (req.url === "/hang") {
      hanging.push(res);
    } else if (req.url === "/slow-body") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("start");
      hanging.push(res);
    } else if (req.url === "/big") {
      res.writeHead(200, { "content-type": "text/plain" });
      let sent = 0;
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const push = () => {
        while (sent < 10 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", push);
        }
        res.end();
      };
      push();
    } else if (req.url === "/image") {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.from([0x89, 0x50]));
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("nope");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  server.close();
});

const opts = { timeoutMs: 300, maxBytes: 1024 * 1024 };
const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => "none",
    (e) => (isParallaxError(e) ? e.issue.code : Promise.reject(e)),
  );

test("fetches the body and its content type", async () => {
  const r = await fetchBytes(`${base}/page`, opts);
  assert.equal(Buffer.from(r.bytes).toString("utf8"), "<html><body><p>caf\u00e9</p></body></html>");
  assert.equal(r.contentType, "text/html; charset=utf-8");
});

test("HTTP errors, hangs, oversize bodies and images are user errors", async () => {
  assert.equal(await codeOf(fetchBytes(`${base}/missing`, opts)), "fetch_failed");
  assert.equal(await codeOf(fetchBytes(`${base}/hang`, opts)), "fetch_timeout");
  assert.equal(await codeOf(fetchBytes(`${base}/slow-body`, opts)), "fetch_timeout");
  assert.equal(await codeOf(fetchBytes(`${base}/big`, opts)), "too_large");
  assert.equal(await codeOf(fetchBytes(`${base}/image`, opts)), "binary");
  assert.equal(await codeOf(fetchBytes("http://127.0.0.1:1/", opts)), "fetch_failed");
  assert.equal(await codeOf(fetchBytes("ftp://example.org/x", opts)), "fetch_failed");
});
