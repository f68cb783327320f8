"""Superset's configuration for the Superset test: a metadata database of the test's own (its
path in $TRIALS_TEST_SUPERSET_DB), anonymous visitors as admins (the headless browser does not
log in), no CSRF or Talisman (the test's own API calls). Never for a real Superset."""

import os

SECRET_KEY = "trials-warehouse-superset-test-only"
SQLALCHEMY_DATABASE_URI = f"sqlite:///{os.environ['TRIALS_TEST_SUPERSET_DB']}"
WTF_CSRF_ENABLED = False
TALISMAN_ENABLED = False
AUTH_ROLE_PUBLIC = "Admin"
PREVENT_UNSAFE_DB_CONNECTIONS = False
