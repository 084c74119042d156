"""Slack's Socket Mode endpoint on 127.0.0.1: a minimal WebSocket server (RFC 6455, text frames).

It sends envelopes to the connected app and records the acknowledgements the app sends back.
slack_sdk's built-in client speaks plain ws:// to any port other than 443.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
from typing import Any

WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TEXT, CLOSE, PING, PONG = 0x1, 0x8, 0x9, 0xA


class FakeSocketMode:
    """Accepts the app's WebSocket connection; `send` an envelope, `wait_for_ack` its reply."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"ws://127.0.0.1:{self._listener.getsockname()[1]}/link"
        self.acks: dict[str, dict[str, Any]] = {}
        self._connection: socket.socket | None = None
        self._changed = threading.Condition()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _address = self._listener.accept()
            except OSError:  # closed
                return
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = connection.recv(4096)
            if not chunk:
                return
            request += chunk
        headers = dict(
            line.split(": ", 1) for line in request.decode().split("\r\n")[1:] if ": " in line
        )
        accept = base64.b64encode(
            hashlib.sha1((headers["Sec-WebSocket-Key"] + WEBSOCKET_GUID).encode()).digest()
        ).decode()
        connection.sendall(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + f"Sec-WebSocket-Accept: {accept}\r\n\r\n".encode()
        )
        with self._changed:
            self._connection = connection
            self._changed.notify_all()
        self._frame(connection, TEXT, json.dumps({"type": "hello", "num_connections": 1}).encode())
        reader = connection.makefile("rb")
        while True:
            frame = _read_frame(reader)
            if frame is None or frame[0] == CLOSE:
                return
            opcode, payload = frame
            if opcode == PING:
                self._frame(connection, PONG, payload)
            elif opcode == TEXT:
                message = json.loads(payload)
                with self._changed:
                    self.acks[message.get("envelope_id", "")] = message
                    self._changed.notify_all()

    def _frame(self, connection: socket.socket, opcode: int, payload: bytes) -> None:
        """A server frame: final, unmasked."""
        size = len(payload)
        if size < 126:
            header = struct.pack("!BB", 0x80 | opcode, size)
        elif size < 65536:
            header = struct.pack("!BBH", 0x80 | opcode, 126, size)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 127, size)
        connection.sendall(header + payload)

    def wait_connected(self, timeout: float = 120) -> None:
        """Generous: on a loaded machine the app can take a minute to start; a working one
        connects in seconds, so the wait costs nothing then."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._connection is not None, timeout):
                raise AssertionError("the app never opened its Socket Mode connection")

    def send(self, envelope_type: str, payload: dict[str, Any], envelope_id: str) -> None:
        assert self._connection is not None
        envelope = {"envelope_id": envelope_id, "type": envelope_type, "payload": payload,
                    "accepts_response_payload": envelope_type != "events_api"}  # fmt: skip
        self._frame(self._connection, TEXT, json.dumps(envelope).encode())

    def wait_for_ack(self, envelope_id: str, timeout: float = 120) -> dict[str, Any]:
        """Generous like wait_connected: an acknowledgement that comes returns the wait at once."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while envelope_id not in self.acks:
                if not self._changed.wait(max(0.0, deadline - time.monotonic())):
                    raise AssertionError(f"envelope {envelope_id} was never acknowledged")
            return self.acks[envelope_id]

    def close(self) -> None:
        self._listener.close()
        if self._connection is not None:
            self._connection.close()


def _read_frame(reader: Any) -> tuple[int, bytes] | None:
    """One client frame (clients always mask); None when the connection ends."""
    head = reader.read(2)
    if len(head) < 2:
        return None
    opcode, size = head[0] & 0x0F, head[1] & 0x7F
    if size == 126:
        size = struct.unpack("!H", reader.read(2))[0]
    elif size == 127:
        size = struct.unpack("!Q", reader.read(8))[0]
    mask = reader.read(4) if head[1] & 0x80 else b"\0\0\0\0"
    data = reader.read(size)
    return opcode, bytes(byte ^ mask[index % 4] for index, byte in enumerate(data))
