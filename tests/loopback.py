"""Small HTTP servers on loopback that stand in for the assistant's peers in tests."""
import json
from http.server import BaseHTTPRequestHandler


class JsonHandler(BaseHTTPRequestHandler):
    """A request handler that answers JSON and logs nothing."""

    def reply(self, data, status: int = 200) -> None:
        raw = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def body(self) -> str:
        return self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()

    def log_message(self, *args) -> None:
        pass
