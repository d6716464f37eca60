vcl 4.1;

# Varnish in front of several Ayes & Noes processes on one machine (`npm run serve:cluster`; docs/deploying.md).
#
# The app decides what may be kept, and says so in Cache-Control: public pages, downloads and API answers may be kept
# by shared caches (s-maxage, with stale-while-revalidate as grace); everything else is `private, no-store`. The app
# bans the whole cache when the data changes (scripts/lib/purge.mjs), so a page kept here is current. The app also
# compresses (Brotli or gzip, which Varnish 7 cannot make): Varnish stores each encoding as sent and never recompresses
# (run it with `-p http_gzip_support=off`, as scripts/lib/cluster.mjs does).

import directors;

# The app processes, a health probe and the round-robin director `apps`: written at start by scripts/lib/cluster.mjs
# into Varnish's working folder (found through vcl_path).
include "backends.vcl";

# Only the machine itself may empty the cache.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = apps.backend();

    # The scheme the visitor used. Without SITE_URL the app writes its absolute links (canonical, feeds, the API)
    # from the Host and, trusting 127.0.0.1, from X-Forwarded-Proto: so both are part of the cache key (vcl_hash), or
    # a page made with https links would be kept for everyone asking over http, or the reverse. Varnish itself speaks
    # plain http: a TLS terminator in front sets X-Forwarded-Proto: https, and hashing on it keeps one copy per
    # scheme. It is reduced to "https" or "http" (the first entry, as the app reads it; anything else is http, as
    # the connection is), so that a visitor who sends it only chooses which of two true answers they get.
    if (req.http.X-Forwarded-Proto ~ "(?i)^\s*https\s*(,|$)") {
        set req.http.X-Forwarded-Proto = "https";
    } else {
        set req.http.X-Forwarded-Proto = "http";
    }

    if (req.method == "BAN" || req.method == "PURGE") {
        # Sent from this machine, and not relayed by a proxy on it (Varnish put the sender's address in
        # X-Forwarded-For; a proxy in front would have named its visitor there first).
        if (client.ip !~ purgers || req.http.X-Forwarded-For != "" + client.ip) {
            return (synth(403, "Forbidden"));
        }
        if (req.method == "PURGE") {
            # One address, every encoding and variant of it, for the Host and scheme (X-Forwarded-Proto) it names.
            return (purge);
        }
        # The whole site: any page may show any row. An expression on the object alone, so the ban lurker can
        # drop the objects in the background.
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }

    # Varnish has appended the client's address to X-Forwarded-For: the app, trusting 127.0.0.1 (TRUSTED_PROXIES),
    # reads the last entry, so a visitor cannot choose the address the app's limits count.

    # Editors, sign-in, forms and the liveness check always reach the app, cookies and all.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|login)([/?]|$)" || req.url ~ "^/api/ping([?]|$)") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;)\s*(__Secure-)?better-auth\.session_token=") {
        return (pass);
    }
    # Public pages are the same for every visitor: no cookie of theirs matters.
    unset req.http.Cookie;

    # The encodings the app chooses between (scripts/lib/respond.mjs: br, else gzip, else none), so that Vary:
    # Accept-Encoding keeps at most three copies of a page whatever browsers send.
    if (req.http.Accept-Encoding ~ "(?i)(^|,)\s*br\s*(,|;|$)" && req.http.Accept-Encoding !~ "(?i)(^|,)\s*br\s*;\s*q=0(\.0*)?\s*(,|$)") {
        set req.http.Accept-Encoding = "br";
    } elsif (req.http.Accept-Encoding ~ "(?i)(^|,)\s*gzip\s*(,|;|$)" && req.http.Accept-Encoding !~ "(?i)(^|,)\s*gzip\s*;\s*q=0(\.0*)?\s*(,|$)") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    # On to the built-in rules (a request with Authorization is passed) and the lookup by address, host and scheme.
}

sub vcl_hash {
    # The scheme (normalised in vcl_recv), then the built-in vcl_hash: the address, and the Host (or, without one,
    # the address Varnish listens on). No return here, so that the built-in rules always run.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # Never decompress or recompress: the app's bytes, and its Vary, are what is kept.
    set beresp.do_gzip = false;
    set beresp.do_gunzip = false;
    set beresp.do_stream = true;

    # Varnish has set the time to keep from s-maxage and the grace from stale-while-revalidate. An answer the app
    # marks private, no-store or s-maxage=0 (a page sent as it was before the last change) is not kept: the built-in
    # rules make it a hit-for-miss.
    if (beresp.ttl > 0s) {
        # Kept a little past its grace, so that an expired copy can be revalidated with its ETag rather than sent again.
        set beresp.keep = 10m;
    }
    # A server error is never kept, whatever it says.
    if (beresp.status >= 500) {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
}

sub vcl_deliver {
    # Whether this answer came from Varnish's store (the app's own x-cache says whether it came from the app's).
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "HIT";
    } else {
        set resp.http.X-Varnish-Cache = "MISS";
    }
}

sub vcl_synth {
    # Varnish's own answers (a ban, a refusal) carry the app's security headers and are never kept.
    call security_headers_synth;
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}

sub vcl_backend_error {
    # No app process answered.
    set beresp.http.Cache-Control = "private, no-store";
    set beresp.http.Retry-After = "5";
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.X-Content-Type-Options = "nosniff";
    set beresp.http.X-Frame-Options = "DENY";
    set beresp.http.Content-Security-Policy = "default-src 'none'; frame-ancestors 'none'";
    set beresp.http.Referrer-Policy = "strict-origin-when-cross-origin";
    set beresp.body = {"The site is not answering: try again in a few seconds.
"};
    return (deliver);
}

sub security_headers_synth {
    set resp.http.Cache-Control = "private, no-store";
    set resp.http.X-Content-Type-Options = "nosniff";
    set resp.http.X-Frame-Options = "DENY";
    set resp.http.Content-Security-Policy = "default-src 'none'; frame-ancestors 'none'";
    set resp.http.Referrer-Policy = "strict-origin-when-cross-origin";
}
