"""Test infrastructure with real services: throwaway PostgreSQL clusters, redis-server and a Celery
worker, started by the tests themselves (``pgcluster``, ``services``, the pytest ``plugin``)."""
