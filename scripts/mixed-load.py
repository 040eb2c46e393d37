#!/usr/bin/env python3
"""Sends a mixed load of readers to a shared cache and checks every answer it gives.

Readers differ by page and filters, language (path, `lang` cookie, browser language),
navigation or script (`Accept`) and coding. Every answer from the cache must be the one a
replica gives that same reader directly (same status, redirect, coding and bytes), and must
make sense for that reader (page language, the offer of the French site, the redirect of a
reader who chose French). Any other answer is a leak from another reader and is counted.

usage: mixed-load.py CACHE_URL REPLICA_URL [--requests N] [--seconds S] [--threads T] [--seed N]
Bounded by both N and S; only loopback addresses are accepted. Exit status 1 on any leak
or failed request.
"""

import argparse
import gzip
import hashlib
import http.client
import random
import re
import threading
import time
import urllib.parse

PATHS = [
    "/", "/?theme=drones", "/?q=kidal", "/?actor=wagner&from=2022", "/?page=2",
    "/fr", "/fr?theme=drones", "/fr?q=kidal", "/fr?page=2",
    "/events/battle-of-konna-2013", "/fr/events/battle-of-konna-2013", "/events/coup-2020",
    "/actors", "/fr/threads", "/sources",
    "/api/v1/events?theme=drones", "/api/v1/events?theme=drones&lang=fr",
    "/api/v1/events/coup-2020?lang=fr", "/export/events.csv?theme=drones",
]
COOKIES = [None, "lang=fr", "lang=en", "_pk_id=7; lang=fr", "_pk_id=9", "lang=fr; lang=en"]
BROWSER_LANGUAGES = [None, "fr-FR,fr;q=0.9,en;q=0.5", "en-GB,en;q=0.8", "FR", "de-DE,de"]
ACCEPTS = ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*"]
CODINGS = ["gzip, deflate, br", "gzip", None]


def loopback(url):
    parts = urllib.parse.urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"{url}: only loopback addresses are load-tested")
    return parts.hostname, parts.port or 80


def fetch(conn, reader, host):
    path, cookie, language, accept, coding = reader
    # The same Host both ways, so that a page that wrote the Host it was given would not
    # pass for a leak (pages write the configured public address).
    headers = {"Host": host, "Accept": accept}
    for name, value in (("Cookie", cookie), ("Accept-Language", language), ("Accept-Encoding", coding)):
        if value is not None:
            headers[name] = value
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    return {
        "status": response.status,
        "location": response.getheader("Location"),
        "coding": response.getheader("Content-Encoding"),
        "script_redirect": response.getheader("serverfnredirect") is not None,
        "digest": hashlib.sha256(body).hexdigest(),
        "body": body,
        "hit": response.getheader("X-Cache") == "HIT",
    }


def first_lang_cookie(cookie):
    for part in (cookie or "").split(";"):
        part = part.strip()
        if part.startswith("lang="):
            value = part[len("lang="):]
            return value if value in ("en", "fr") else None
    return None


def sense_problems(reader, answer):
    """What is wrong with this answer for this reader, judged from the reader alone."""
    path, cookie, language, accept, _ = reader
    bare, _, query = path.partition("?")
    french_path = bare == "/fr" or bare.startswith("/fr/")
    english_timeline = bare == "/"
    chosen = first_lang_cookie(cookie)
    if english_timeline and chosen == "fr":
        if "text/html" in accept:
            want = "/fr" + (f"?{query}" if query else "")
            if answer["status"] != 302 or answer["location"] != want:
                return f"a reader who chose French should go to {want}, got {answer['status']} {answer['location']}"
            return None
        return None if answer["script_redirect"] else "a script of a French reader should get Leptos's redirect"
    if answer["status"] != 200:
        return f"status {answer['status']}"
    if answer["coding"] == "br":
        return None  # judged by the comparison with the replica only
    text = answer["body"]
    if answer["coding"] == "gzip":
        text = gzip.decompress(text)
    text = text.decode("utf-8", "replace")
    if bare.startswith("/api/"):
        want = "fr" if "lang=fr" in query else "en"
        if f'"lang":"{want}"' not in text and not bare.startswith("/api/v1/events/"):
            return f"the API should answer in {want}"
        return None
    if bare.startswith("/export/"):
        return None
    match = re.search(r'<html lang="(\w+)"', text)
    want = "fr" if french_path else "en"
    if not match or match.group(1) != want:
        return f"page in {match.group(1) if match else '?'} for a reader of {want}"
    offered = "Lire en français" in text
    should = english_timeline and chosen is None and (language or "").strip().lower().startswith("fr")
    if offered != should:
        return "the offer of the French site " + ("shown to a reader who should not see it" if offered else "missing")
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache")
    parser.add_argument("replica")
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    cache, replica = loopback(args.cache), loopback(args.replica)
    public_host = f"{cache[0]}:{cache[1]}"

    lock = threading.Lock()
    expected = {}
    counts = {"sent": 0, "leaks": 0, "hits": 0, "errors": 0}
    examples = []
    deadline = time.monotonic() + args.seconds

    def reference(conn, reader):
        with lock:
            if reader in expected:
                return expected[reader]
        answer = fetch(conn, reader, public_host)
        with lock:
            return expected.setdefault(reader, answer)

    def worker(index):
        rng = random.Random(args.seed * 1000 + index)
        through_cache = http.client.HTTPConnection(*cache, timeout=30)
        direct = http.client.HTTPConnection(*replica, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if counts["sent"] >= args.requests:
                    break
                counts["sent"] += 1
            reader = (rng.choice(PATHS), rng.choice(COOKIES), rng.choice(BROWSER_LANGUAGES), rng.choice(ACCEPTS), rng.choice(CODINGS))
            try:
                answer = fetch(through_cache, reader, public_host)
                want = reference(direct, reader)
            except (http.client.HTTPException, OSError) as error:
                through_cache.close()
                direct.close()
                with lock:
                    counts["errors"] += 1
                    if len(examples) < 5:
                        examples.append(f"{reader}: {error!r}")
                continue
            problem = sense_problems(reader, answer)
            for field in ("status", "location", "coding", "digest"):
                if problem is None and answer[field] != want[field]:
                    problem = f"{field} differs from the replica's answer to this reader"
            with lock:
                counts["hits"] += answer["hit"]
                if problem:
                    counts["leaks"] += 1
                    if len(examples) < 5:
                        examples.append(f"{reader}: {problem}")

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    sent = counts["sent"]
    print(f"{sent} requests from {len(expected)} distinct readers in {elapsed:.1f} s "
          f"({sent / elapsed:.0f} requests/s with {args.threads} checking clients)")
    print(f"answers marked HIT by the cache: {counts['hits']} ({100 * counts['hits'] / max(sent, 1):.1f}%)")
    print(f"answers that reached the wrong reader: {counts['leaks']}; failed requests: {counts['errors']}")
    for example in examples:
        print("  " + example)
    raise SystemExit(1 if counts["leaks"] or counts["errors"] else 0)


if __name__ == "__main__":
    main()
