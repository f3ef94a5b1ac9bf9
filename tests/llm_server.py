"""A scripted OpenAI-compatible server for tests: real HTTP on 127.0.0.1, canned replies.

    with ScriptedLLM() as server:
        server.script(Reply("The payment was 8 million euros [1]."))
        answer(..., llm=server.url)

Each POST /v1/chat/completions pops the next scripted reply (or calls ``responder(request)``
when the script is empty). A reply is plain content (served as a normal chat completion, or
as server-sent events when the request asks to stream), an HTTP error status, a raw body
(malformed JSON), or any of these after a delay (timeouts). Requests are recorded.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Reply:
    content: str | None = None
    status: int = 200
    raw: str | None = None  # a body served as is (malformed JSON, garbage)
    delay: float = 0.0  # seconds before answering
    chunk_chars: int = 8  # streaming: characters per SSE event


def sources_in(request: dict) -> dict[int, str]:
    """The numbered sources of an answer prompt: {n: text}."""
    prompt = "\n".join(m.get("content", "") for m in request.get("messages", [])
                       if isinstance(m.get("content"), str))
    return {int(n): body for n, body in
            re.findall(r'<source n="(\d+)"[^>]*>\n(.*?)\n</source>', prompt, flags=re.S)}


def source_number(request: dict, needle: str) -> int:
    """The number of the first source whose text contains ``needle`` (0 if none)."""
    for n, body in sorted(sources_in(request).items()):
        if needle in body:
            return n
    return 0


def is_condense(request: dict) -> bool:
    return any("Standalone question" in (m.get("content") or "") for m in request["messages"])


class ScriptedLLM:
    def __init__(self, responder: Callable[[dict], Reply | str] | None = None):
        self.replies: deque[Reply] = deque()
        self.responder = responder
        self.requests: list[dict] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def script(self, *replies: Reply | str) -> "ScriptedLLM":
        for reply in replies:
            self.replies.append(Reply(reply) if isinstance(reply, str) else reply)
        return self

    def __enter__(self) -> "ScriptedLLM":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, request: dict) -> Reply:
        if self.replies:
            return self.replies.popleft()
        if self.responder is not None:
            reply = self.responder(request)
            return Reply(reply) if isinstance(reply, str) else reply
        return Reply(status=500, raw='{"error": {"message": "no scripted reply left"}}')

    def _handler(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body: str, content_type="application/json"):
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self):
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, json.dumps({"object": "list", "data": [
                        {"id": "scripted", "object": "model", "owned_by": "tests"}]}))
                else:
                    self._send(404, '{"error": {"message": "not found"}}')

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    request = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    self._send(400, '{"error": {"message": "bad json"}}')
                    return
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, '{"error": {"message": "not found"}}')
                    return
                outer.requests.append(request)
                reply = outer._next(request)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.raw is not None or reply.status != 200:
                    self._send(reply.status, reply.raw if reply.raw is not None else
                               json.dumps({"error": {"message": f"scripted {reply.status}"}}))
                    return
                content = reply.content or ""
                model = request.get("model", "scripted")
                if request.get("stream"):
                    self._stream(content, model, reply.chunk_chars)
                    return
                self._send(200, json.dumps({
                    "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                    "model": model,
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": content}}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }))

            def _stream(self, content: str, model: str, size: int):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

                def event(delta: dict, finish=None):
                    payload = {"id": "chatcmpl-test", "object": "chat.completion.chunk",
                               "created": int(time.time()), "model": model,
                               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                    self.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
                    self.wfile.flush()

                try:
                    event({"role": "assistant", "content": ""})
                    for i in range(0, len(content), max(1, size)):
                        event({"content": content[i:i + size]})
                    event({}, "stop")
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler
