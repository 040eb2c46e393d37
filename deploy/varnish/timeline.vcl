# Varnish in front of several replicas of the timeline server: the shared cache that serves
# readers beyond one machine. The replicas are stateless (each loads the same data folder),
# so any replica can answer any request.
#
# Run varnishd with `-p http_gzip_support=off`: the replicas send brotli, gzip or identity
# themselves (compressed once each), and Varnish keeps each as its own variant.
# `backends.vcl` (next to this file, or earlier on vcl_path) names the replicas: see
# backends.vcl here for its shape, and scripts/scale-out, which writes one for two replicas.
#
# What the replicas' answers depend on, and so what this file normalises before it looks up
# or fetches (each rewrite gives the replica exactly what decides its answer, so that the
# cache key and the answer agree):
#   - the address (path and query: filters, page, language prefix): the default hash;
#   - the `lang` cookie (a reader's chosen language): the only cookie the site sets;
#   - whether the browser's first language is French (`Accept-Language`), for the English
#     home page's offer of the French site;
#   - whether the request is a browser navigation (`Accept: text/html`): a reader who chose
#     French gets a 302 from `/` to `/fr`;
#   - the content coding (`Accept-Encoding`).
# Each answer's `Vary` names the ones it used, so `/fr` has one copy per coding while `/`
# has one per coding, cookie and browser language.

vcl 4.1;

import directors;
include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = replicas.backend();

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The language switch sets the reader's cookie; the health check must reach a replica.
    if (req.url ~ "^/lang/" || req.url ~ "^/healthz") {
        return (pass);
    }

    # The replicas write links for their configured public address; no client header
    # about addresses reaches them.
    unset req.http.X-Forwarded-Proto;
    unset req.http.X-Forwarded-Host;

    # Only the first `lang` cookie counts, and only when it names a language of the site.
    if (req.http.Cookie ~ "(^|;)\s*lang=") {
        set req.http.Cookie = regsub(req.http.Cookie, "^(?:[^;]*;)*?\s*(lang=[^;]*).*$", "\1");
        if (req.http.Cookie !~ "^lang=(en|fr)$") {
            unset req.http.Cookie;
        }
    } else {
        unset req.http.Cookie;
    }

    if (req.http.Accept-Language ~ "^\s*[Ff][Rr]") {
        set req.http.Accept-Language = "fr";
    } else {
        unset req.http.Accept-Language;
    }

    if (req.http.Accept ~ "text/html") {
        set req.http.Accept = "text/html";
    } else {
        unset req.http.Accept;
    }

    if (req.http.Accept-Encoding ~ "(^|,)\s*br\s*(,|$)") {
        set req.http.Accept-Encoding = "br";
    } elsif (req.http.Accept-Encoding ~ "(^|,)\s*gzip\s*(,|$)") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }

    # Cookies are normalised above: look up even when one is present.
    return (hash);
}

# Pages write the configured public address (--public-url), never the Host a request names:
# one copy serves every host name the site is reached by, and made-up hosts add nothing.
sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # The replicas say how long (s-maxage) and how long stale (stale-while-revalidate);
    # keep expired copies a day longer to revalidate them with their ETag (a 304 is cheap).
    set beresp.keep = 1d;
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
