"""DealScope settings, read from the environment (see docs/contract.md and .env.example).

Every knob that differs between a laptop, CI and production is an environment variable;
nothing secret lives in this file outside DEBUG.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A local .env is a convenience for developers; the real environment always wins.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG: bool = env.bool("DEBUG", default=False)

SECRET_KEY: str = env.str("SECRET_KEY", default="")
# What Django's deploy check (security.W009) calls a strong key; outside DEBUG a weaker one is
# refused at start-up rather than reported by a check nobody runs: sessions, password-reset
# links and signed values are only as strong as the key.
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_UNIQUE_CHARACTERS = 5
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is false.")
    # Only ever used on a developer's machine with DEBUG on.
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
elif not DEBUG and (
    len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH
    or len(set(SECRET_KEY)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
    or SECRET_KEY.startswith("django-insecure-")
):
    raise ImproperlyConfigured(
        f"SECRET_KEY is too weak: use at least {SECRET_KEY_MIN_LENGTH} random characters "
        "when DEBUG is false, e.g. python -c "
        "'import secrets; print(secrets.token_urlsafe(50))'."
    )

ALLOWED_HOSTS: list[str] = env.list(
    "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS: list[str] = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_filters",
    "django_countries",
    "simple_history",
    "axes",
    "import_export",
    "rest_framework",
    "knox",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "core",
    "companies",
    "deals",
    "accounts",
    "django_tasks_db",
    "deals.alerts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A NUL byte in a URL is a 404 or 400 before any view sends it to the database.
    "core.middleware.RejectNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # ETags, 304 and Cache-Control/Vary on the API's reads (inside auth: it asks who read).
    "core.api.caching.ApiCachingMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Records the request's user on every history row (admin and API alike).
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: turns a locked-out login into a clear 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Form widgets through Django's templates, except selects, written in Python (thousands of
# options on the deal list's filter form; core/forms_renderer.py).
FORM_RENDERER = "core.forms_renderer.FastSelectRenderer"

WSGI_APPLICATION = "config.wsgi.application"

# SQLite is the embedded default so that a newcomer needs nothing installed;
# production sets DATABASE_URL=postgres://...
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# The API's JSON queries (deals/queries/pgjson.py) are prepared once per connection on PostgreSQL;
# false for a transaction-mode PgBouncer older than 1.21 (it loses prepared statements).
DATABASE_PREPARED_STATEMENTS: bool = env.bool("DATABASE_PREPARED_STATEMENTS", default=True)
IS_POSTGRES: bool = DATABASES["default"]["ENGINE"].endswith("postgresql")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Waiting for a lock beats failing with "database is locked" under the dev server.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("timeout", 20)

# Optional read replicas (comma-separated URLs) become aliases replica_0, replica_1...: reads go
# to a random one, writes, transactions and migrations to "default" (config/db_router.py).
DATABASE_REPLICA_URLS: list[str] = env.list("DATABASE_REPLICA_URLS", default=[])
if DATABASE_REPLICA_URLS:
    from config.db_router import replica_databases

    DATABASES.update(replica_databases(DATABASE_REPLICA_URLS, DATABASES["default"]))
    DATABASE_ROUTERS = ["config.db_router.PrimaryReplicaRouter"]
    # After a write, the browser reads from the primary this long (replication lag).
    REPLICA_PIN_SECONDS: int = env.int("REPLICA_PIN_SECONDS", default=5)
    MIDDLEWARE = ["config.db_router.ReplicaPinMiddleware", *MIDDLEWARE]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

REDIS_URL: str = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        # Django's own Redis backend. A variant reusing its client objects gained less than the
        # 20% that would justify keeping custom code (bench/cache_backends.py, run by CI; the
        # figures are in the README, "Redis").
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# List counts and the home page's aggregates cached by data version (deals/result_cache.py).
# On by default only with a shared cache: a per-process one cannot see other workers' writes.
RESULT_CACHE_ENABLED: bool = env.bool("RESULT_CACHE", default=bool(REDIS_URL))
RESULT_CACHE_SECONDS: int = env.int("RESULT_CACHE_SECONDS", default=600)
# Without Redis, costly results are kept per process under the database's data version
# (core/result_cache.py). Off only to measure or debug the computation itself.
RESULT_CACHE_LOCAL: bool = env.bool("RESULT_CACHE_LOCAL", default=True)
# The analytics charts of "the visible deals of these classes" add up stored totals, refreshed
# by a task after each write and read only while current (deals/analytics/breakdown_totals.py;
# PostgreSQL). Off only to measure or debug the live statement.
BREAKDOWN_TOTALS: bool = env.bool("BREAKDOWN_TOTALS", default=True)
# The statistics (medians, quartiles, sums) of the same canonical sets of deals, for the comps
# page and the deal list's totals row, stored by the same task (deals/analytics/
# stored_statistics.py; PostgreSQL). Off only to measure or debug the live statement.
STORED_STATISTICS: bool = env.bool("STORED_STATISTICS", default=True)

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

# How many reverse proxies of ours in front of the app append to X-Forwarded-For. 0 (the
# default) takes the socket's address and ignores the header, which any client can forge;
# behind one load balancer set NUM_PROXIES=1 (the address that balancer saw). The API's
# throttles and the login lockout (core.middleware.client_ip) apply the same rule.
NUM_PROXIES: int = env.int("NUM_PROXIES", default=0)

# --- REST API (/api/v1/) ---------------------------------------------------------------------
# Reads are public; writes need a knox token with the write scope (accounts.TokenScope) and the
# user's model permissions. Only token digests are stored; tokens do not expire unless the
# creator gives them a lifetime (create_api_token --expires-in-days).
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "knox.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["core.api.policies.TokenScopePermission"],
    "DEFAULT_FILTER_BACKENDS": ["core.api.policies.StrictFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "core.api.base.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "core.api.policies.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": [
        "core.api.policies.AnonThrottle",
        "core.api.policies.UserThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_THROTTLE_ANON", default="120/minute"),
        "user": env.str("API_THROTTLE_USER", default="1200/minute"),
    },
    # Client addresses for the throttles: see NUM_PROXIES below.
    "NUM_PROXIES": NUM_PROXIES,
    "EXCEPTION_HANDLER": "core.api.policies.exception_handler",
    # JSON bodies only: form encoding cannot express the nested deal parts unambiguously.
    # Deeply nested JSON is a 400 (core/api/parsers.py), not a RecursionError.
    "DEFAULT_PARSER_CLASSES": ["core.api.parsers.JSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
REST_KNOX = {
    "AUTH_HEADER_PREFIX": "Token",  # Authorization: Token <key>, as docs/contract.md says
    "TOKEN_TTL": None,
    "AUTO_REFRESH": False,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "DealScope API",
    "DESCRIPTION": (
        "Pharma business-development deals: parties, assets, payments, sources.\n\n"
        'Money amounts are decimal strings in currency units (`"5600000000.00"`); an '
        'undisclosed amount is `null` with `"disclosed": false`, never 0. Lists are '
        "paginated (`page`, `page_size` up to 500). Reads are public; writes need "
        "`Authorization: Token <key>` with a write-scope token."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "core.api.base.schema_postprocess",
    ],
    "ENUM_NAME_OVERRIDES": {
        "PhaseEnum": "companies.models.Phase",
        "ModalityEnum": "companies.models.Modality",
        "DealTypeEnum": "deals.models.Deal.Type",
        "DealStatusEnum": "deals.models.Deal.Status",
        "PartyRoleEnum": "deals.models.DealParty.Role",
        "PaymentKindEnum": "deals.models.PaymentComponent.Kind",
        "EventKindEnum": "deals.models.DealEvent.Kind",
        # announced_on_precision and signed_on_precision share one choice set.
        "DatePrecisionEnum": "deals.models.Deal.DatePrecision",
    },
}

# Readers sign in on the site's own pages (accounts/); analysts may use either.
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "alerts:my_dealscope"
LOGOUT_REDIRECT_URL = "deals:home"

# --- Alerts: e-mail, webhooks and the task queue (deals/alerts/, docs/alerts.md) -------------
# EMAIL_URL as django-environ reads it: smtp://user:pass@host:587/?tls=True, or consolemail://
# (what `make run` uses: e-mails are printed, not sent).
_email = env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
EMAIL_BACKEND: str = _email["EMAIL_BACKEND"]
EMAIL_HOST: str = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT: int = int(_email.get("EMAIL_PORT") or 25)
EMAIL_HOST_USER: str = _email.get("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD: str = _email.get("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS: bool = bool(_email.get("EMAIL_USE_TLS", False))
EMAIL_USE_SSL: bool = bool(_email.get("EMAIL_USE_SSL", False))
EMAIL_TIMEOUT: int = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL: str = env.str("DEFAULT_FROM_EMAIL", default="DealScope <alerts@localhost>")
# Links in e-mails, feeds and webhook bodies (no request to build them from).
SITE_URL: str = env.str("SITE_URL", default="http://127.0.0.1:8000")
# Webhooks to loopback or private addresses are refused unless this is true (local tests only).
WEBHOOKS_ALLOW_PRIVATE: bool = env.bool("WEBHOOKS_ALLOW_PRIVATE", default=False)
# Django's Tasks framework with django-tasks-db's database backend: tasks survive restarts and
# `manage.py db_worker` runs them. TASKS_IMMEDIATE=true runs them inline (no worker needed).
TASKS = {
    "default": {
        "BACKEND": (
            "django.tasks.backends.immediate.ImmediateBackend"
            if env.bool("TASKS_IMMEDIATE", default=False)
            else "django_tasks_db.DatabaseBackend"
        )
    }
}

# Brute-force protection on every login form (django-axes). Lockouts are per username *and*
# IP address, so nobody elsewhere can lock an analyst out, and they expire on their own.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT: int = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_CLIENT_IP_CALLABLE = "core.middleware.client_ip"  # NUM_PROXIES, as the API throttles

# --- Production hardening (manage.py check --deploy passes with DEBUG off) -------------------
SECURE_SSL_REDIRECT: bool = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
if env.bool("SECURE_PROXY_SSL_HEADER", default=False):
    # Only behind a proxy that sets X-Forwarded-Proto itself and strips it from clients.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS: int = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Everything is served from this site: vendored JS, no CDN, no inline scripts. Inline style
# attributes stay allowed because server-rendered chart bars carry their widths in them.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    # Redoc renders in a web worker it builds from a blob.
    "worker-src": [CSP.SELF, "blob:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# django-import-export: importing needs the model's "add" permission, exporting its "view".
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
