"""The JSON API under /api/v1/ (django-ninja); OpenAPI at /api/v1/openapi.json.

Each app contributes a router from its ``api.py``; this module only mounts them.
"""

from ninja import NinjaAPI

api = NinjaAPI(title="Bountyboard API", version="1", openapi_url="/openapi.json", docs_url="/docs")

# Routers are added here by each app, e.g.:
# from bountyboard.accounts.api import router as accounts_router
# api.add_router("/", accounts_router)
