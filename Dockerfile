# DealScope web image: gunicorn serving the Django app, static files through whitenoise.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY pyproject.toml README.md ./
# Install the dependencies first so that code changes do not bust this layer.
RUN pip install --upgrade pip && pip install .
COPY . .
RUN SECRET_KEY=collectstatic-only-not-a-secret-but-long-enough-for-settings-0123456789 python manage.py collectstatic --noinput

RUN useradd --create-home --uid 10001 dealscope
USER dealscope

EXPOSE 8000
# Migrations run on start so a fresh database is usable; load_demo is idempotent.
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py load_demo && exec gunicorn config.wsgi:application --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
