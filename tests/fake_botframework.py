"""A stand-in for Microsoft's Bot Framework on loopback, in a thread: an RSA signing key published
as an OpenID document and key set, a token endpoint, and the Bot Connector's reply endpoint
(POST {serviceUrl}v3/conversations/{id}/activities), which captures every reply."""
from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.server import ThreadingHTTPServer
from typing import Any, Dict, List, Optional

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.loopback import JsonHandler

APP_ID = "5c1f4b5e-0c3d-4e55-9d6b-3a2f8f1e7a10"
APP_PASSWORD = "geheim-van-de-test"
ISSUER = "https://api.botframework.com"
KID = "test-key-1"
ACCESS_TOKEN = "token-from-the-fake-tenant"


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class FakeBotFramework:
    def __init__(self) -> None:
        self.key = new_key()
        self.replies: List[Dict[str, Any]] = []  # {"conversation", "activity", "authorization"}
        self.token_requests: List[Dict[str, str]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.service_url = f"{self.url}/connector/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()

    def env(self) -> Dict[str, str]:
        """What the Rasa server needs to trust this stand-in."""
        return {"TEAMS_APP_ID": APP_ID, "TEAMS_APP_PASSWORD": APP_PASSWORD,
                "TEAMS_OPENID_URL": f"{self.url}/openid", "TEAMS_TOKEN_URL": f"{self.url}/tenant/token"}

    def token(self, key: Any = None, algorithm: str = "RS256", kid: Optional[str] = KID, **claims: Any) -> str:
        now = int(time.time())
        body = {"iss": ISSUER, "aud": APP_ID, "nbf": now - 10, "exp": now + 600, "serviceurl": self.service_url,
                **claims}
        return jwt.encode(body, self.key if key is None else key, algorithm=algorithm,
                          headers={"kid": kid} if kid else None)

    def activity(self, kind: str, conversation: str, user: str = "29:1user", **fields: Any) -> Dict[str, Any]:
        return {"type": kind, "id": uuid.uuid4().hex, "channelId": "msteams", "serviceUrl": self.service_url,
                "from": {"id": user, "aadObjectId": "00000000-aaaa-bbbb-cccc-000000000001"},
                "recipient": {"id": f"28:{APP_ID}", "name": "Integriteitsassistent"},
                "conversation": {"id": conversation, "conversationType": "personal", "tenantId": "tenant-1"},
                **fields}

    def post(self, webhook: str, activity: Dict[str, Any], token: Optional[str]) -> int:
        """Send an activity as the Bot Connector does; the HTTP status of the answer."""
        headers = {"Content-Type": "application/json"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(webhook, data=json.dumps(activity).encode(), headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                return answer.status
        except urllib.error.HTTPError as error:
            return error.code

    def replies_to(self, conversation: str) -> List[Dict[str, Any]]:
        return [r["activity"] for r in self.replies if r["conversation"] == conversation]

    def _handler(self):
        fake = self

        class Handler(JsonHandler):
            def do_GET(self):
                if self.path == "/openid":
                    self.reply({"issuer": ISSUER, "jwks_uri": f"{fake.url}/keys",
                                "id_token_signing_alg_values_supported": ["RS256"]})
                elif self.path == "/keys":
                    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(fake.key.public_key()))
                    self.reply({"keys": [{**public, "kid": KID, "use": "sig", "endorsements": ["msteams"]}]})
                else:
                    self.reply({}, 404)

            def do_POST(self):
                body = self.body()
                if self.path == "/tenant/token":
                    fake.token_requests.append(dict(urllib.parse.parse_qsl(body)))
                    self.reply({"token_type": "Bearer", "expires_in": 3600, "access_token": ACCESS_TOKEN})
                elif self.path.startswith("/connector/v3/conversations/") and self.path.endswith("/activities"):
                    conversation = urllib.parse.unquote(self.path.split("/")[4])
                    fake.replies.append({"conversation": conversation, "activity": json.loads(body),
                                         "authorization": self.headers.get("Authorization")})
                    self.reply({"id": uuid.uuid4().hex})
                else:
                    self.reply({}, 404)

        return Handler
