"""A TCP relay in front of PostgreSQL that breaks a connection at its next COMMIT, for fault tests
of a commit whose answer is lost (``bountyboard.config.commit_outcome``)::

    with PgRelay(upstream_port=cluster.port) as relay:   # the site's DATABASE_URL names relay.port
        # The COMMIT of the next transaction that sent b"alice" reaches the server; its answer never returns.
        relay.commit_break_arm(marker=b"alice", answer_lost=True)
        relay.commit_break_arm(marker=b"bob", answer_lost=False)  # the connection breaks before COMMIT
        relay.commit_break_arm(marker=b"carol", answer_lost=True, then_down=True)  # and the database stays "down"
        relay.closed = False  # ... until this: new connections pass again

The relay reads the client's side of the wire protocol (startup packets, then typed messages) to
find a simple-query ``COMMIT``, which is how psycopg commits; the server's side is passed on as bytes.
The marker (a value only the request under test writes) keeps other transactions of the same
server (its job threads, its schedule) from taking the break.
"""

from __future__ import annotations

import socket
import struct
import threading
from types import TracebackType

_COMMIT = b"Q" + struct.pack("!i", 4 + len(b"COMMIT\x00")) + b"COMMIT\x00"
_PROTOCOL_3 = 196608  # a StartupMessage's version; SSL, GSS and cancel requests carry other codes


class _Pair:
    """One client connection and its upstream one."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self.answer_swallowed = threading.Event()  # the next bytes from the server end the pair
        self.marked = False  # the armed marker was sent since this connection's last COMMIT

    def close(self) -> None:
        for sock in (self.client, self.upstream):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()


class PgRelay:
    def __init__(self, *, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self.closed = False
        self.commits_broken = 0
        self._armed: bool | None = None  # None: pass everything; else answer_lost of the next break
        self._marker = b""
        self._then_down = False
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._pairs: list[_Pair] = []
        self._stopping = False

    def commit_break_arm(self, *, marker: bytes, answer_lost: bool, then_down: bool = False) -> None:
        """Breaks the COMMIT of the next transaction that sent ``marker``: after sending it
        (``answer_lost``) or before; ``then_down``: from that moment new connections are closed at
        once, until ``closed`` is set back to False."""
        with self._lock:
            self._armed = answer_lost
            self._marker = marker
            self._then_down = then_down

    def _marker_in(self, message: bytes) -> bool:
        with self._lock:
            return self._armed is not None and self._marker in message

    def __enter__(self) -> PgRelay:
        threading.Thread(target=self._accept, name="pgrelay-accept", daemon=True).start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stopping = True
        self._listener.close()
        for pair in list(self._pairs):
            pair.close()

    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.closed:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.upstream, timeout=10)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            pair = _Pair(client, upstream)
            self._pairs.append(pair)
            threading.Thread(target=self._client_side, args=(pair,), daemon=True).start()
            threading.Thread(target=self._server_side, args=(pair,), daemon=True).start()

    def _break_taken(self) -> bool | None:
        with self._lock:
            armed, self._armed = self._armed, None
            if armed is not None:
                self.commits_broken += 1
                self.closed = self.closed or self._then_down
            return armed

    def _client_side(self, pair: _Pair) -> None:
        buffer = b""
        started = False
        try:
            while True:
                data = pair.client.recv(65536)
                if not data:
                    break
                buffer += data
                while True:
                    message, buffer, started = _message_split(buffer, started=started)
                    if message is None:
                        break
                    if self._marker_in(message):
                        pair.marked = True
                    if message == _COMMIT and pair.marked:
                        pair.marked = False
                        answer_lost = self._break_taken()
                        if answer_lost is False:
                            pair.close()
                            return
                        if answer_lost:
                            pair.answer_swallowed.set()
                    pair.upstream.sendall(message)
        except OSError:
            pass
        pair.close()

    def _server_side(self, pair: _Pair) -> None:
        try:
            while True:
                data = pair.upstream.recv(65536)
                if not data:
                    break
                if pair.answer_swallowed.is_set():
                    break  # the server answered the COMMIT: the client never hears it
                pair.client.sendall(data)
        except OSError:
            pass
        pair.close()


def _message_split(buffer: bytes, *, started: bool) -> tuple[bytes | None, bytes, bool]:
    """The next whole message in ``buffer`` (or None), the rest, and whether startup is over.
    Before startup a packet is a length and a body; after it, a type byte, a length and a body."""
    header = 4 if not started else 5
    if len(buffer) < header:
        return None, buffer, started
    length = struct.unpack("!i", buffer[header - 4:header])[0]
    end = header - 4 + length
    if len(buffer) < end:
        return None, buffer, started
    message = buffer[:end]
    if not started and len(message) >= 8 and struct.unpack("!i", message[4:8])[0] == _PROTOCOL_3:
        started = True
    return message, buffer[end:], started
