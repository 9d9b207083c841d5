"""Rasa's Redis lock store for several Rasa servers, which keeps working when Redis is gone.

The lock makes the messages of one conversation go through Rasa one at a time, also when they
reach different servers. Rasa's own RedisLockStore fails every message while Redis is
unreachable (the REST channel then answers with no reply at all). This one locks within its
own process instead and logs an error once; the next message finds Redis again by itself.
What is lost meanwhile: two messages of one conversation that reach two servers at the same
moment are no longer queued (a REST user waits for each reply, so that takes two tabs of one
conversation). Nothing is stored in Redis but these short-lived locks.

The production profile (`bot/cluster.py`) names it in its endpoints with $IA_REDIS_URL
(redis://[:password@]host:port/db); the password stays in the environment.
"""
from __future__ import annotations

import logging
import os
from contextlib import asynccontextmanager
from typing import AsyncGenerator, Optional, Text

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockStore, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

URL_ENV = "IA_REDIS_URL"
SOCKET_TIMEOUT_S = 2  # a Redis that does not answer costs each message at most this


class ResilientRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Optional[EndpointConfig] = None) -> None:
        self.red = redis.StrictRedis.from_url(os.environ[URL_ENV], socket_timeout=SOCKET_TIMEOUT_S,
                                              socket_connect_timeout=SOCKET_TIMEOUT_S)
        self.key_prefix = "integriteit:lock:"
        self.local = InMemoryLockStore()
        self.redis_down = False
        LockStore.__init__(self)

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncGenerator[TicketLock, None]:
        store = self if self._reachable() else self.local
        async with LockStore.lock(store, conversation_id, lock_lifetime, wait_time_in_seconds) as ticket_lock:
            yield ticket_lock

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        try:
            super().cleanup(conversation_id, ticket_number)
        except redis.RedisError as error:  # gone while the message was handled: the lock expires by itself
            self._went_down(error)

    def _reachable(self) -> bool:
        try:
            self.red.ping()
        except redis.RedisError as error:
            self._went_down(error)
            return False
        if self.redis_down:
            logger.warning("Redis lock store reachable again")
            self.redis_down = False
        return True

    def _went_down(self, error: Exception) -> None:
        if not self.redis_down:
            logger.error("Redis lock store unreachable (%s): locking within this process until it is back", error)
            self.redis_down = True
