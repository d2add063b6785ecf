export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server answers and its database too (pglite or postgres) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            engine: string;
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 once the server has started, 503 while it starts or shuts down */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Readiness: 200 once the server has started, 503 while it starts or shuts down */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count a page view (the portal's beacon) and answer the live figures
         * @description One view per visitor session per article per 30 minutes; crawlers are not counted. Sets the visitor cookie when missing. A client address may start 20 new sessions per 10 minutes (its /24 or /64 network 200): over that, the beacon is answered with the figures but counts nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The article's id, on an article's page */
                        article?: number;
                    } | null;
                };
            };
            responses: {
                /** @description Online now (sessions seen in the last 5 minutes) and visits since the start */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LiveStats"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Online now and visits since the start */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Online now (sessions seen in the last 5 minutes) and visits since the start */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LiveStats"];
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/polls/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vote in a poll: one ballot per account, or per guest (cookie, and address with browser)
         * @description A form (application/x-www-form-urlencoded) is answered with a redirect back to the page, which shows the results; JSON with the results. A recorded ballot, or one refused as a second, sets the voted hint (cookie grassroots_voted): the portal's pages then show this browser the results instead of the form. Guests: at most 10 ballots per client address per hour (50 per /24 or /64 network), over that POLL_RATE_LIMITED (429).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The poll's id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The option chosen, or several in a multiple-choice poll */
                        option?: number | number[];
                        /** @description The page the form is on, to go back to */
                        back?: string;
                    };
                };
            };
            responses: {
                /** @description A poll with its state and results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollResult"];
                    };
                };
                /** @description A form's vote: a redirect back to its page (Location), whatever the outcome, which the page shows */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused input: VALIDATION_FAILED, POLL_NO_CHOICE, POLL_SINGLE_CHOICE, POLL_OPTION_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "POLL_NO_CHOICE" | "POLL_SINGLE_CHOICE" | "POLL_OPTION_UNKNOWN";
                            };
                        };
                    };
                };
                /** @description Not found: POLL_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "POLL_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description In conflict with the register: POLL_NOT_OPEN, POLL_ALREADY_VOTED */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "POLL_NOT_OPEN" | "POLL_ALREADY_VOTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; sets the session cookie
         * @description A new session at every sign-in: the one the request came with, if any, ends. Five failures in a row lock the account for 15 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The user name, in any case */
                        username: string;
                        /** @description The password */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description The signed-in account, with its session's CSRF token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedInAccount"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_INVALID */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_INVALID";
                            };
                        };
                    };
                };
                /** @description Too many attempts: AUTH_LOCKED, AUTH_THROTTLED */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_LOCKED" | "AUTH_THROTTLED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out; ends the session on the server */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sign out; ends the session on the server */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account and its CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in account, with its session's CSRF token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedInAccount"];
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password; other sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The password signed in with */
                        current: string;
                        /** @description The new password: 12 to 128 characters, not a common one, not containing the user name */
                        next: string;
                    };
                };
            };
            responses: {
                /** @description Change one's own password; other sessions end */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused input: VALIDATION_FAILED, AUTH_PASSWORD_WRONG, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "AUTH_PASSWORD_WRONG" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account, without password hashes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every account, in the order of their user names */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountView"][];
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an account; answers its one-time password, shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The user name: 3 to 64 letters, digits, dots, dashes or underscores; compared without case */
                        username: string;
                        /** @description The full name shown in the app; the user name when omitted */
                        displayName?: string;
                        /**
                         * @description What the account may do (common/permissions.ts)
                         * @enum {string}
                         */
                        role: "admin" | "province" | "commune" | "viewer" | "editor";
                        /** @description The code of the unit whose subtree the account sees; required for every role but admin */
                        scopeCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description The account and its one-time password, shown once: the account chooses its own at the first sign-in */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OneTimePassword"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description In conflict with the register: ACCOUNT_EXISTS */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ACCOUNT_EXISTS";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{username}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new one-time password; unlocks and re-enables the account and ends its sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The user name of the account */
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account and its one-time password, shown once: the account chooses its own at the first sign-in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OneTimePassword"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: ACCOUNT_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ACCOUNT_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{username}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account; its sessions end at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The user name of the account */
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account is disabled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description How many sessions of the account ended */
                            endedSessions: number;
                        };
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: ACCOUNT_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ACCOUNT_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description In conflict with the register: ACCOUNT_SELF_DISABLE */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ACCOUNT_SELF_DISABLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unit tree valid at a date */
        get: {
            parameters: {
                query?: {
                    /** @description Date (yyyy-mm-dd or dd/mm/yyyy); today when omitted */
                    at?: string;
                    /** @description Code of the unit to root the tree at (VN: the country); the root (the country) or the units of your scope when omitted */
                    scope?: string;
                    /** @description Levels below the root to include; all when omitted */
                    depth?: number;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The unit tree valid at the date */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitTree"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Timeline of a village: versions, lineage, cells, member counts, heads and secretaries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The village's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A village's timeline: versions and lineage, cells, member counts over time, heads and secretaries, history */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VillageTimeline"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: VILLAGE_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VILLAGE_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person: memberships, placements, head and secretary terms, and their status, card and cell at a date
         * @description A person outside your scope is not found. An unmasked read of sensitive fields is recorded in the audit log.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The date of the standing (status, card, cell): today when omitted */
                    at?: string;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path: {
                    /** @description The person's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A person: memberships, placements, head and secretary terms, history; sensitive fields masked for roles that may not see them */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: PERSON_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PERSON_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search people by name (diacritics optional), card number or village, within your scope; each with birth year, residence village and its commune */
        get: {
            parameters: {
                query?: {
                    /** @description Name, with or without diacritics */
                    q?: string;
                    /** @description Party card number, or part of it */
                    card?: string;
                    /** @description Village code: residents and members taking part there */
                    village?: string;
                    /** @description The date of the status, card, village name and commune shown: today when omitted */
                    at?: string;
                    /** @description How many people to answer (a page) */
                    limit?: number;
                    /** @description How many to skip (the pages before) */
                    offset?: number;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of the people found, with how many were found in all */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeopleList"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a person (member or not); the residence village must be in your scope */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The new person's code: letters, digits, dots, dashes, underscores */
                        code: string;
                        /** @description Full name, with diacritics */
                        fullName: string;
                        /** @description Date of birth (yyyy-mm-dd or dd/mm/yyyy) */
                        birthDate?: string;
                        /**
                         * @description Gender
                         * @enum {string}
                         */
                        gender?: "male" | "female";
                        /** @description Ethnicity: sensitive data (Law 91/2025), shown only to admin and province staff */
                        ethnicity?: string;
                        /** @description The village the person lives in; required, and in your scope, for every role but admin */
                        residenceVillageCode?: string;
                        /** @description A commune official (first among those proposed to reinforce a village's cell) */
                        communeOfficial?: boolean;
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description A person: memberships, placements, head and secretary terms, history; sensitive fields masked for roles that may not see them */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: VILLAGE_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VILLAGE_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description In conflict with the register: PERSON_EXISTS */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PERSON_EXISTS";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Figures of a unit at a date (at), or two dates compared with flows (from, to) */
        get: {
            parameters: {
                query: {
                    /** @description Unit code: the country (VN), a province, district, commune or village */
                    scope: string;
                    /** @description The date of a snapshot */
                    at?: string;
                    /** @description First date of a comparison */
                    from?: string;
                    /** @description Second date of a comparison */
                    to?: string;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A snapshot (with at), or a comparison (with from and to) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Snapshot"] | components["schemas"]["Comparison"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The villages behind a number: a category at a date, or a flow between two dates */
        get: {
            parameters: {
                query: {
                    /** @description Unit code: the country (VN), a province, district, commune or village */
                    scope: string;
                    /** @description One of: white, weak, strong, ownCell, combinedOnly, noCell, readyForCell, partyHead, nonPartyHead, vacantHead, secretaryIsHead, all */
                    category: string;
                    /** @description The date of the villages in a category */
                    at?: string;
                    /** @description With to and flow: the first date of a comparison */
                    from?: string;
                    /** @description With from and flow: the second date of a comparison */
                    to?: string;
                    /** @description With from and to: left, entered, ceased or new; or stayed (in the category at both dates) */
                    flow?: string;
                    /** @description With a flow: only the villages in this member group (white, weak, strong) at the second date */
                    toCategory?: "white" | "weak" | "strong";
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The villages in a category at a date (with at), or in a flow between two dates (with from, to and flow) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VillageListAt"] | components["schemas"]["VillageListFlow"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID, UNKNOWN_CATEGORY, UNKNOWN_FLOW */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID" | "UNKNOWN_CATEGORY" | "UNKNOWN_FLOW";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/villages.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The villages behind a number as an .xlsx workbook (the same query as /api/indicators/villages); recorded in the audit log
         * @description A title row naming the figure, the scope and the date(s), a header row, then one row per village with its commune (and district, at dates when there were districts), members, group, cell and head, and a total row. Headings in Vietnamese, or English with lang=en.
         */
        get: {
            parameters: {
                query: {
                    /** @description Unit code: the country (VN), a province, district, commune or village */
                    scope: string;
                    /** @description One of: white, weak, strong, ownCell, combinedOnly, noCell, readyForCell, partyHead, nonPartyHead, vacantHead, secretaryIsHead, all */
                    category: string;
                    /** @description The date of the villages in a category */
                    at?: string;
                    /** @description With to and flow: the first date of a comparison */
                    from?: string;
                    /** @description With from and flow: the second date of a comparison */
                    to?: string;
                    /** @description With from and to: left, entered, ceased or new; or stayed (in the category at both dates) */
                    flow?: string;
                    /** @description With a flow: only the villages in this member group (white, weak, strong) at the second date */
                    toCategory?: "white" | "weak" | "strong";
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The villages behind a number as an .xlsx workbook (the same query as /api/indicators/villages); recorded in the audit log */
                200: {
                    headers: {
                        /** @description attachment, with the file name */
                        "content-disposition"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID, UNKNOWN_CATEGORY, UNKNOWN_FLOW */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID" | "UNKNOWN_CATEGORY" | "UNKNOWN_FLOW";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data-quality checks of the register at a date (or over all history), within your scope */
        get: {
            parameters: {
                query?: {
                    /** @description Unit code: only findings whose commune (or village) is or was under it; your own scope when omitted */
                    scope?: string;
                    /** @description The date the checks are judged at; today when omitted */
                    at?: string;
                    /** @description true: every fault over all history instead of those holding at a date */
                    all?: "true" | "false";
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The findings and how many are errors and warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The date judged; null over all history */
                            at: string | null;
                            scope: string | null;
                            count: {
                                error: number;
                                warning: number;
                            };
                            /** @description Ordered by commune, then check */
                            findings: {
                                /**
                                 * @description Which check found it
                                 * @enum {string}
                                 */
                                code: "CELL_TOO_FEW_OFFICIAL" | "OWN_CELL_NO_MEMBER" | "HEAD_UNDER_AGE" | "HEAD_NOT_RESIDENT" | "TRANSIT_TOO_LONG" | "PROBATION_OVERDUE" | "SECRETARY_NOT_MEMBER" | "HEAD_OVERLAP" | "SECRETARY_OVERLAP" | "BIRTH_IN_FUTURE" | "ADMITTED_UNDER_AGE" | "AGE_IMPLAUSIBLE" | "TWO_OFFICIAL_PLACEMENTS";
                                /** @enum {string} */
                                severity: "error" | "warning";
                                /** @description What the check looks for, in the language asked */
                                title: string;
                                /** @description The finding, naming the record and its dates */
                                message: string;
                                /** @description Where the rule comes from: the rule set in force on the fault's date (common/rules.ts), or the Charter or docs */
                                rule: {
                                    id: string;
                                    label: string;
                                };
                                person: {
                                    code: string;
                                    name: string | null;
                                } | null;
                                /** @description The other person of an overlap */
                                other: {
                                    code: string;
                                    name: string | null;
                                } | null;
                                village: {
                                    code: string;
                                    name: string | null;
                                } | null;
                                cell: {
                                    code: string;
                                    name: string | null;
                                } | null;
                                /** @description The commune the record belongs to on the date */
                                commune: {
                                    code: string;
                                    name: string | null;
                                } | null;
                                /** @description First day the fault holds (null: since always) */
                                validFrom: string | null;
                                /** @description Day it stops holding (null: still) */
                                validTo: string | null;
                                /** @description The record whose page the link opens: the person, the village or the cell */
                                record: {
                                    code: string;
                                    name: string | null;
                                } | null;
                                /** @description The web app's page of the record */
                                link: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checks/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The data-quality findings as an .xlsx workbook (the same query as /api/checks); recorded in the audit log
         * @description A title row naming the date (or all history) and the scope, a header row, then one row per finding in the order of /api/checks (by commune): commune, severity, check, finding, record, detail, dates, rule and the web app's page of the record; the count of errors and warnings last. Headings in Vietnamese, or English with lang=en.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Unit code: only findings whose commune (or village) is or was under it; your own scope when omitted */
                    scope?: string;
                    /** @description The date the checks are judged at; today when omitted */
                    at?: string;
                    /** @description true: every fault over all history instead of those holding at a date */
                    all?: "true" | "false";
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The data-quality findings as an .xlsx workbook (the same query as /api/checks); recorded in the audit log */
                200: {
                    headers: {
                        /** @description attachment, with the file name */
                        "content-disposition"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report of a period: figures by unit at D2 with the total, the comparison with its flows, admissions, appendices and the narrative */
        get: {
            parameters: {
                query: {
                    /** @description Unit code: the country (VN), a province, district, commune or village */
                    scope: string;
                    /** @description D1, the start of the period (yyyy-mm-dd or dd/mm/yyyy) */
                    from: string;
                    /** @description D2, the end of the period; figures by unit are as of this date */
                    to: string;
                    /** @description The document's date (today when omitted) */
                    issuedOn?: string;
                    /** @description Name printed in the signer block */
                    signer?: string;
                    /** @description The document's number ("12" prints "Số 12-BC/BTCTU"); left blank to fill in by hand when omitted */
                    number?: string;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report of a unit over a period [D1, D2) (docs/reports.md) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Report"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report of a period as an .xlsx workbook; recorded in the audit log */
        get: {
            parameters: {
                query: {
                    /** @description Unit code: the country (VN), a province, district, commune or village */
                    scope: string;
                    /** @description D1, the start of the period (yyyy-mm-dd or dd/mm/yyyy) */
                    from: string;
                    /** @description D2, the end of the period; figures by unit are as of this date */
                    to: string;
                    /** @description The document's date (today when omitted) */
                    issuedOn?: string;
                    /** @description Name printed in the signer block */
                    signer?: string;
                    /** @description The document's number ("12" prints "Số 12-BC/BTCTU"); left blank to fill in by hand when omitted */
                    number?: string;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report of a period as an .xlsx workbook; recorded in the audit log */
                200: {
                    headers: {
                        /** @description attachment, with the file name */
                        "content-disposition"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report of a period as an A4 PDF (printed by Debian’s Chromium); recorded in the audit log */
        get: {
            parameters: {
                query: {
                    /** @description Unit code: the country (VN), a province, district, commune or village */
                    scope: string;
                    /** @description D1, the start of the period (yyyy-mm-dd or dd/mm/yyyy) */
                    from: string;
                    /** @description D2, the end of the period; figures by unit are as of this date */
                    to: string;
                    /** @description The document's date (today when omitted) */
                    issuedOn?: string;
                    /** @description Name printed in the signer block */
                    signer?: string;
                    /** @description The document's number ("12" prints "Số 12-BC/BTCTU"); left blank to fill in by hand when omitted */
                    number?: string;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report of a period as an A4 PDF (printed by Debian’s Chromium); recorded in the audit log */
                200: {
                    headers: {
                        /** @description attachment, with the file name */
                        "content-disposition"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL, PDF_FAILED */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL" | "PDF_FAILED";
                            };
                        };
                    };
                };
                /** @description Unavailable: PDF_BROWSER_MISSING */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PDF_BROWSER_MISSING";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turns the report of a period into a draft article of the portal (title, narrative, chart, tables); not published */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unit code: the country (VN), a province, district, commune or village */
                        scope: string;
                        /** @description D1, the start of the period (yyyy-mm-dd or dd/mm/yyyy) */
                        from: string;
                        /** @description D2, the end of the period */
                        to: string;
                        /**
                         * @description Language of the article (Vietnamese by default)
                         * @enum {string}
                         */
                        lang?: "vi" | "en";
                    };
                };
            };
            responses: {
                /** @description The draft article made of the report (not published) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Party organisations valid at a date (flat, with parents) */
        get: {
            parameters: {
                query?: {
                    /** @description The date (yyyy-mm-dd or dd/mm/yyyy); today when omitted */
                    at?: string;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The party organisations valid at the date, flat with their parents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgsList"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cell or committee at a date: its members and secretary */
        get: {
            parameters: {
                query?: {
                    /** @description The date (yyyy-mm-dd or dd/mm/yyyy); today when omitted */
                    at?: string;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path: {
                    /** @description The code of the cell or committee */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A cell or committee at a date, with its members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgDetail"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: ORG_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ORG_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{code}/admission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit a person: membership and first official placement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The person's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The day of admission (the ceremony) */
                        admittedOn: string;
                        /** @description The cell the member takes part in */
                        cellCode: string;
                        /** @description The village the member counts for; the cell's own village when omitted and the cell covers one */
                        villageCode?: string;
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The change is made: the rows changed, by table, and the rules' warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: PERSON_NOT_FOUND, ORG_NOT_FOUND, VILLAGE_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PERSON_NOT_FOUND" | "ORG_NOT_FOUND" | "VILLAGE_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{code}/official": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record official status (and the party card) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The person's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Which membership; the current one when omitted */
                        admittedOn?: string;
                        /** @description The day the member became official (the end of probation) */
                        officialOn: string;
                        /** @description The party card number, NN.NNNNNN; kept when omitted */
                        cardNo?: string;
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The change is made: the rows changed, by table, and the rules' warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: PERSON_NOT_FOUND, MEMBERSHIP_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PERSON_NOT_FOUND" | "MEMBERSHIP_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{code}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer a member, officially or temporarily (reinforcement is a reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The person's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The day the new placement starts (the letter is presented) */
                        on: string;
                        /** @description Only for an official transfer: the day the old placement ended, when the member was in transit before `on`; `on` when omitted */
                        leftOn?: string;
                        /** @description Only for a temporary placement: when it ends; the longest the rules allow when omitted */
                        until?: string;
                        /** @description The cell the member takes part in */
                        cellCode: string;
                        /** @description The village the member counts for; the cell's own village when omitted and the cell covers one */
                        villageCode?: string;
                        /**
                         * @description official: the member's one cell from now on; temporary: beside it, for a limited time
                         * @enum {string}
                         */
                        kind: "official" | "temporary";
                        /**
                         * @description transfer, reinforcement, return, study (temporary, may last longer), other
                         * @default transfer
                         * @enum {string}
                         */
                        reasonKind?: "admission" | "transfer" | "reinforcement" | "return" | "study" | "other";
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The change is made: the rows changed, by table, and the rules' warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: PERSON_NOT_FOUND, ORG_NOT_FOUND, VILLAGE_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PERSON_NOT_FOUND" | "ORG_NOT_FOUND" | "VILLAGE_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{code}/transfer-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer a member out of the province: the placements end, the membership does not */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The person's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The day the member leaves the province's register */
                        on: string;
                        /** @description Where the member goes (the province or the party committee receiving them) */
                        destination: string;
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The change is made: the rows changed, by table, and the rules' warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: PERSON_NOT_FOUND, PLACEMENT_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PERSON_NOT_FOUND" | "PLACEMENT_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{code}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a membership (and its open placements) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The person's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The day the membership ends */
                        endedOn: string;
                        /**
                         * @description Why: expulsion only of official members; a probationary member who fails is removed
                         * @enum {string}
                         */
                        endReason: "death" | "removed" | "expelled" | "resigned";
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The change is made: the rows changed, by table, and the rules' warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: PERSON_NOT_FOUND, MEMBERSHIP_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PERSON_NOT_FOUND" | "MEMBERSHIP_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/{code}/heads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter a village head's term */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The village's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The head's code: 21 or older on the first day, living in the village */
                        personCode: string;
                        /**
                         * @description The village head or a deputy
                         * @default head
                         * @enum {string}
                         */
                        role?: "head" | "deputy";
                        /** @description The first day of the term */
                        validFrom: string;
                        /** @description The last day; open when omitted (an interim head's ends after 6 months at most) */
                        validTo?: string;
                        /**
                         * @description Elected, or appointed for the interim
                         * @default elected
                         * @enum {string}
                         */
                        how?: "elected" | "interim";
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The change is made: the rows changed, by table, and the rules' warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: VILLAGE_NOT_FOUND, PERSON_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VILLAGE_NOT_FOUND" | "PERSON_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{code}/secretaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter a cell secretary's term */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The cell's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The secretary's code */
                        personCode: string;
                        /** @description The first day of the term */
                        validFrom: string;
                        /** @description The last day; open when omitted */
                        validTo?: string;
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The change is made: the rows changed, by table, and the rules' warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: ORG_NOT_FOUND, PERSON_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ORG_NOT_FOUND" | "PERSON_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rule sets with their effective dates, and what the province decides */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dated rule sets and the province's dated choices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The Party's rule sets, oldest first */
                            sets: components["schemas"]["RuleSet"][];
                            /** @description The province's own dated choices, oldest first */
                            province: components["schemas"]["ProvinceChoice"][];
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year of the civil-service calendar: days off, Saturdays worked, and where they come from */
        get: {
            parameters: {
                query: {
                    /** @description The holiday year, e.g. 2027 */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A year of the civil-service calendar as deadlines count it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        /** Set a year's notice of days off (it replaces the shipped one); an empty list removes it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A year's notice of days off, as the government announced it */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The holiday year, e.g. 2027 */
                        year: number;
                        /** @description Every day off of the year's breaks (weekends inside them included) and every Saturday worked; an empty list removes the year's notice */
                        days: {
                            /** @description The day, yyyy-mm-dd */
                            date: string;
                            /**
                             * @description off: a day off; worked: a Saturday (or Sunday) worked in exchange
                             * @enum {string}
                             */
                            kind: "off" | "worked";
                            /** @description The break it belongs to, ending with its year, e.g. "Tet Nguyen dan 2027" */
                            holiday: string;
                            /** @description The notice it comes from, e.g. "TB 1234/TB-BNV 15/10/2026" */
                            source: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description A year of the civil-service calendar as deadlines count it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CALENDAR_NOTICE_INVALID */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CALENDAR_NOTICE_INVALID";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prospects of a scope, by stage */
        get: {
            parameters: {
                query?: {
                    /** @description Code of a unit in your scope; your whole scope when omitted */
                    scope?: string;
                    /** @description Only the prospects at this stage */
                    stage?: "recommended" | "class" | "application" | "introduced" | "checked" | "resolution" | "decision" | "probation" | "review" | "official" | "removed" | "dropped";
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The admission cases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProspectView"][];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Put a person forward for admission in a village */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The prospect's code (a person in your scope) */
                        personCode: string;
                        /** @description The village whose cell puts the prospect forward */
                        villageCode: string;
                        /** @description The cell that will admit the prospect */
                        cellCode?: string;
                        /** @description The day the prospect was put forward */
                        recommendedOn: string;
                        /** @description A note kept with the case */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description An admission case: the prospect, the stage reached, the steps, what is due */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProspectView"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: PERSON_NOT_FOUND, VILLAGE_NOT_FOUND, ORG_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PERSON_NOT_FOUND" | "VILLAGE_NOT_FOUND" | "ORG_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Steps overdue or due within 30 days */
        get: {
            parameters: {
                query?: {
                    /** @description Code of a unit in your scope; your whole scope when omitted */
                    scope?: string;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The cases with a step due, most urgent first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProspectView"][];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One admission case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The admission case's id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An admission case: the prospect, the stage reached, the steps, what is due */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProspectView"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: PROSPECT_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PROSPECT_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a step of the admission pipeline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The admission case's id */
                    id: number;
                };
                cookie?: never;
            };
            /** @description The step and what it records: every step's date is on or before today and keeps the order of the steps; `plan` only sets the date the next step is planned for */
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        step: "certificate";
                        /** @description The day of the awareness-class certificate */
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "application";
                        /** @description The day of the application */
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "introducers";
                        /** @description Two official members who have known the prospect for 12 months, or the Youth Union */
                        introducers: {
                            /** @enum {string} */
                            kind: "member" | "youthUnion";
                            personCode?: string;
                            knownSince?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        step: "check";
                        /** @description The day the background was checked */
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "resolution";
                        /** @description The day of the cell's resolution */
                        date: string;
                        /** @description Official members who voted for */
                        votesFor: number;
                        /** @description The cell's official members that day */
                        officialMembers: number;
                    } | {
                        /** @enum {string} */
                        step: "extend";
                        /** @description Whether the committee extended its deadline to decide */
                        extended: boolean;
                    } | {
                        /** @enum {string} */
                        step: "decision";
                        /** @description The day of the committee's decision */
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "ceremony";
                        /** @description The day of the admission ceremony: the membership starts */
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "review";
                        /** @description The day the probation was reviewed */
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "outcome";
                        /** @description The day of the outcome */
                        date: string;
                        /**
                         * @description Official, or removed
                         * @enum {string}
                         */
                        outcome: "official" | "removed";
                    } | {
                        /** @enum {string} */
                        step: "drop";
                        /** @description The day the case was dropped */
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "plan";
                        /** @description The day the next step is planned for: the future allowed, not before the last step recorded; null: none planned */
                        plannedOn: string | null;
                    };
                };
            };
            responses: {
                /** @description An admission case: the prospect, the stage reached, the steps, what is due */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProspectView"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: PROSPECT_NOT_FOUND, PERSON_NOT_FOUND, ORG_NOT_FOUND, VILLAGE_NOT_FOUND, MEMBERSHIP_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PROSPECT_NOT_FOUND" | "PERSON_NOT_FOUND" | "ORG_NOT_FOUND" | "VILLAGE_NOT_FOUND" | "MEMBERSHIP_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/{code}/reinforcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members a village lacks for its own cell, and whom to transfer in */
        get: {
            parameters: {
                query?: {
                    /** @description The date of the plan; today when omitted */
                    at?: string;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path: {
                    /** @description The village's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What a village lacks for its own cell at a date, and whom to transfer in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReinforcementPlan"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: VILLAGE_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VILLAGE_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/{code}/cell": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Found the village's own cell: the cell, its coverage, the members' placements, and what becomes of a combined cell it leaves */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The village's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The day the cell is founded */
                        on: string;
                        /** @description The new cell's code */
                        cellCode: string;
                        /** @description The new cell's name */
                        cellName: string;
                        /** @description The commune committee the cell belongs to */
                        parentOrgCode: string;
                        /**
                         * @description Members transferred in (reinforcement), from the planner's proposals
                         * @default []
                         */
                        memberCodes?: string[];
                        /**
                         * @description The clerk's choice for each combined cell the founding would leave with one village (the plan's `combined` with `choiceNeeded`); refused without it
                         * @default []
                         */
                        combined?: {
                            /** @description A combined cell the village leaves that would be left covering one village */
                            cellCode: string;
                            /**
                             * @description close: the cell ends on the founding day (its coverage, secretary and temporary placements with it); attach: another village of the same commune joins it that day
                             * @enum {string}
                             */
                            action: "close" | "attach";
                            /** @description Only with attach: the village that joins the cell */
                            villageCode?: string;
                        }[];
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The cell is founded: its official members, and the rows changed by table */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CellFounded"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: VILLAGE_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VILLAGE_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description In conflict with the register: CELL_EXISTS */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CELL_EXISTS";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CELL_MEMBER_NOT_ELIGIBLE, CELL_TOO_FEW, COMBINED_CELL_LEFT_ALONE, COMBINED_CELL_MEMBERS_LEFT, COMBINED_CELL_ATTACH_INVALID, CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CELL_MEMBER_NOT_ELIGIBLE" | "CELL_TOO_FEW" | "COMBINED_CELL_LEFT_ALONE" | "COMBINED_CELL_MEMBERS_LEFT" | "COMBINED_CELL_ATTACH_INVALID" | "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/elections/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Head elections due within some months, and whether a member stands */
        get: {
            parameters: {
                query?: {
                    /** @description Code of a unit in your scope; your whole scope when omitted */
                    scope?: string;
                    /** @description Elections due within this many months (and those overdue) */
                    months?: number;
                    /** @description Only those where no member is among the candidates yet */
                    noMember?: "true" | "false";
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The villages whose election is due, soonest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DueElection"][];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/{code}/elections/planned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a head election with its candidates (each 21 or older on the day, living in the village) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The village's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The planned day of the election */
                        plannedOn: string;
                        /**
                         * @description The candidates known so far: each 21 or older on the planned day and living in the village
                         * @default []
                         */
                        candidateCodes?: string[];
                        /** @description A note kept with the election */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The planned election's id */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: VILLAGE_NOT_FOUND, PERSON_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VILLAGE_NOT_FOUND" | "PERSON_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/villages/{code}/elections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a held election; the winner's head term starts that day */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The village's code */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The day the election was held; the winner's term starts then */
                        on: string;
                        /** @description The candidates and their votes: each 21 or older on the day and living in the village */
                        candidates: {
                            personCode: string;
                            votes?: number;
                        }[];
                        /** @description The winner, one of the candidates: 21 or older, living in the village */
                        winnerCode: string;
                        /** @description A note kept with the election */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The election is recorded and the winner's head term opened */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            village: string;
                            on: string;
                            winner: string;
                        };
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: VILLAGE_NOT_FOUND, PERSON_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VILLAGE_NOT_FOUND" | "PERSON_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: CHANGE_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CHANGE_REJECTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's targets for a year and the progress made */
        get: {
            parameters: {
                query: {
                    /** @description The unit's code */
                    scope: string;
                    /** @description The year */
                    year: number;
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A unit's targets for a year and what was achieved from 1 January: white villages cleared, weak villages reduced, villages that got their own cell, villages whose head became a member, measured over the villages present at both dates, and admissions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TargetProgress"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND, UNIT_NOT_VALID_AT */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set a unit's targets for a year */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The unit the targets are for, in your scope */
                        unitCode: string;
                        /** @description The year */
                        year: number;
                        /** @description Members to admit in the year */
                        admissions?: number;
                        /** @description White villages (without a member) to clear */
                        whiteCleared?: number;
                        /** @description Fewer weak villages (1 or 2 members) */
                        weakReduced?: number;
                        /** @description Villages to give their own cell */
                        cellsFounded?: number;
                        /** @description More village heads who are members */
                        partyHeads?: number;
                    };
                };
            };
            responses: {
                /** @description The targets are set */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task-forces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Task forces of your scope and the progress of their villages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task forces of your scope */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskForceView"][];
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a task force with its members and villages */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The task force's name */
                        name: string;
                        /** @description The unit it works for, in your scope */
                        unitCode: string;
                        /** @description The first day */
                        validFrom: string;
                        /** @description The last day, not before the first; open when omitted */
                        validTo?: string;
                        /** @description A note */
                        note?: string;
                        /**
                         * @description Its members' codes
                         * @default []
                         */
                        memberCodes?: string[];
                        /** @description The villages it helps, in your scope */
                        villageCodes: string[];
                    };
                };
            };
            responses: {
                /** @description The new task force's id */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND, VILLAGE_NOT_FOUND, PERSON_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND" | "VILLAGE_NOT_FOUND" | "PERSON_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: PERIOD_ENDS_BEFORE_START */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PERIOD_ENDS_BEFORE_START";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import one .xlsx workbook, one .zip of <sheet>.csv files or one <sheet>.csv (multipart field of any name); all or nothing
         * @description Answers the import summary: errors with sheet, row, column and value, warnings, and what changed (or would change, with dryRun=true). A dry run answers 200 whatever it finds; a real import with errors answers 422 and writes nothing. An account with a scope may only insert or change rows within it (403 OUT_OF_SCOPE otherwise). Limits (413): the file's size; an archive's entries and uncompressed size, in all and per part (shared strings, a worksheet, styles...), declared and counted while inflating; the nesting and token length of its XML; the memory and time of reading it, which runs in a worker thread.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: check and report what would change, write nothing; false: import, all or nothing */
                    dryRun?: "true" | "false";
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The file: one, in a field of any name
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description What an import found and changed (or would change, in a dry run) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportSummary"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, IMPORT_FILE_UNREADABLE */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "IMPORT_FILE_UNREADABLE";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Too large: PAYLOAD_TOO_LARGE, ARCHIVE_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "PAYLOAD_TOO_LARGE" | "ARCHIVE_TOO_LARGE";
                            };
                        };
                    };
                };
                /** @description Unsupported file type: UPLOAD_UNSUPPORTED_TYPE */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UPLOAD_UNSUPPORTED_TYPE";
                            };
                        };
                    };
                };
                /** @description Refused by the rules: IMPORT_REJECTED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            /** @description What stops the import, each at its sheet, row, column and value */
                            errors: {
                                /** @enum {string} */
                                severity: "error" | "warning";
                                sheet: string;
                                row: number | null;
                                column: string | null;
                                value: string | null;
                                code: string;
                                message: string;
                            }[];
                            /** @description What the import notes but accepts */
                            warnings: {
                                /** @enum {string} */
                                severity: "error" | "warning";
                                sheet: string;
                                row: number | null;
                                column: string | null;
                                value: string | null;
                                code: string;
                                message: string;
                            }[];
                            /** @description Rows inserted, updated and unchanged by sheet (or that would be, in a dry run) */
                            changes: {
                                units: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                                unit_lineage: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                                party_orgs: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                                cell_villages: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                                people: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                                memberships: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                                placements: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                                head_terms: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                                secretary_terms: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            };
                            error: {
                                /**
                                 * @description A stable code of docs/errors.md
                                 * @enum {string}
                                 */
                                code: "ACCOUNT_EXISTS" | "ACCOUNT_NOT_FOUND" | "ACCOUNT_SELF_DISABLE" | "ADMISSION_BEFORE_PROBATION_END" | "ADMISSION_CERTIFICATE_EXPIRED" | "ADMISSION_FUTURE_DATE" | "ADMISSION_INTRODUCERS" | "ADMISSION_LATE" | "ADMISSION_NEEDS_CONSENT" | "ADMISSION_ORDER" | "ADMISSION_QUORUM" | "ADMISSION_STEP_MISSING" | "ADMISSION_TOO_YOUNG" | "ARCHIVE_PART_TOO_COMPLEX" | "ARCHIVE_PART_TOO_LARGE" | "ARCHIVE_TOO_LARGE" | "ARTICLE_NOT_FOUND" | "AUTH_INVALID" | "AUTH_LOCKED" | "AUTH_PASSWORD_WRONG" | "AUTH_REQUIRED" | "AUTH_THROTTLED" | "CALENDAR_NOTICE_INVALID" | "CELL_EXISTS" | "CELL_MEMBER_NOT_ELIGIBLE" | "CELL_TOO_FEW" | "CHANGE_REJECTED" | "COMBINED_CELL_ATTACH_INVALID" | "COMBINED_CELL_LEFT_ALONE" | "COMBINED_CELL_MEMBERS_LEFT" | "CSRF_INVALID" | "DATA_DIR_IN_USE" | "DATE_RANGE_INVALID" | "DB_CONNECT_FAILED" | "DB_DUMP_INVALID" | "DB_DUMP_SCHEMA_MISMATCH" | "DB_DUMP_UNWRITABLE" | "DB_MOVE_MISMATCH" | "DB_RESTORE_FAILED" | "DB_SOURCE_MISSING" | "DB_TARGET_NOT_EMPTY" | "DB_UNAVAILABLE" | "EXPEL_PROBATIONARY" | "FORBIDDEN_ROLE" | "HEAD_BIRTH_DATE_MISSING" | "HEAD_INTERIM_TOO_LONG" | "HEAD_NOT_RESIDENT" | "HEAD_TOO_YOUNG" | "IMAGE_TOO_LARGE" | "IMAGE_UNSUPPORTED" | "IMPORT_ADMITTED_TOO_OLD" | "IMPORT_ADMITTED_TOO_YOUNG" | "IMPORT_BAD_CHARACTER" | "IMPORT_BAD_DATE" | "IMPORT_BAD_NUMBER" | "IMPORT_BAD_VALUE" | "IMPORT_CARD_WITHOUT_OFFICIAL" | "IMPORT_DUPLICATE_ROW" | "IMPORT_EXPELLED_PROBATIONARY" | "IMPORT_EXTRA_COLUMN" | "IMPORT_FILE_UNREADABLE" | "IMPORT_HEAD_TOO_YOUNG" | "IMPORT_LEVEL_CHANGED" | "IMPORT_MEMORY_LIMIT" | "IMPORT_MISSING_COLUMN" | "IMPORT_MISSING_VALUE" | "IMPORT_OFFICIAL_BEFORE_ADMITTED" | "IMPORT_OVERLAP" | "IMPORT_PARENT_LEVEL" | "IMPORT_PARENT_NOT_VALID" | "IMPORT_PLACEMENT_OUTSIDE_MEMBERSHIP" | "IMPORT_RANGE" | "IMPORT_READMITTED_AGAIN" | "IMPORT_REJECTED" | "IMPORT_TIME_LIMIT" | "IMPORT_TOO_LONG" | "IMPORT_TWO_HEADS" | "IMPORT_TWO_OFFICIAL_PLACEMENTS" | "IMPORT_UNKNOWN_CODE" | "IMPORT_UNKNOWN_SHEET" | "IMPORT_VILLAGE_PARENT_NOT_COMMUNE" | "IMPORT_WRONG_KIND" | "INTERNAL" | "INVALID_DATE" | "MEMBERSHIP_NOT_FOUND" | "NOT_FOUND" | "ORG_NOT_FOUND" | "OUT_OF_SCOPE" | "PASSWORD_CHANGE_REQUIRED" | "PASSWORD_TOO_COMMON" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_SHORT" | "PAYLOAD_TOO_LARGE" | "PDF_BROWSER_MISSING" | "PDF_FAILED" | "PERIOD_ENDS_BEFORE_START" | "PERSON_EXISTS" | "PERSON_NOT_FOUND" | "PLACEMENT_NOT_FOUND" | "POLL_ALREADY_VOTED" | "POLL_HAS_VOTES" | "POLL_NOT_FOUND" | "POLL_NOT_OPEN" | "POLL_NO_CHOICE" | "POLL_OPTION_UNKNOWN" | "POLL_RATE_LIMITED" | "POLL_SINGLE_CHOICE" | "PORTAL_CATEGORY_NOT_FOUND" | "PROSPECT_NOT_FOUND" | "READMISSION_LIMIT" | "READMISSION_TOO_SOON" | "SERVER_STARTING" | "SERVER_STOPPING" | "SESSION_EXPIRED" | "TEMPORARY_STUDY_TOO_LONG" | "TEMPORARY_TOO_LONG" | "TEMPORARY_TOO_SHORT" | "TRANSFER_LETTER_LATE" | "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT" | "UNKNOWN_CATEGORY" | "UNKNOWN_FLOW" | "UNKNOWN_ROLE" | "UPLOAD_UNSUPPORTED_TYPE" | "VALIDATION_FAILED" | "VILLAGE_NOT_FOUND";
                                /** @description The message in the language asked for (?lang=en or Accept-Language: en), Vietnamese by default */
                                message: string;
                                /** @description The message in both languages */
                                messages: {
                                    vi: string;
                                    en: string;
                                };
                                /** @description More about the error where its code has more to tell: a refused change's issues with their form fields, a validation's paths */
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The empty import workbook, every column explained in Vietnamese */
        get: {
            parameters: {
                query?: {
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The empty import workbook, every column explained in Vietnamese */
                200: {
                    headers: {
                        /** @description attachment, with the file name */
                        "content-disposition"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register, or the subtree of a scope with all its history, in the import format; recorded in the audit log */
        get: {
            parameters: {
                query?: {
                    /** @description Code of the unit whose subtree (all history) to export; the account's scope, or everything, when omitted */
                    scope?: string;
                    /** @description xlsx: one workbook; zip: one <sheet>.csv per sheet */
                    format?: "xlsx" | "zip";
                    /** @description Language of the messages: vi (the default) or en; Accept-Language: en does the same */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The register, or the subtree of a scope with all its history, in the import format; recorded in the audit log */
                200: {
                    headers: {
                        /** @description attachment, with the file name */
                        "content-disposition"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/zip": string;
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE, OUT_OF_SCOPE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE" | "OUT_OF_SCOPE";
                            };
                        };
                    };
                };
                /** @description Not found: UNIT_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "UNIT_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portal's categories */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The categories, in their order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Category"][];
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every article with its state and views */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every article, the latest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleSummary"][];
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The title */
                        title: string;
                        /**
                         * @description The summary, shown in lists and in bold above the body
                         * @default
                         */
                        summary?: string;
                        /**
                         * @description The body, HTML: cleaned on the server (text structure, links, the portal's own images)
                         * @default
                         */
                        bodyHtml?: string;
                        /**
                         * @description The byline, e.g. "HY- VPTU"
                         * @default
                         */
                        authorLine?: string;
                        /**
                         * @description The category's id; none when null
                         * @default null
                         */
                        categoryId?: number | null;
                    };
                };
            };
            responses: {
                /** @description An article for its editor: its text and images */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleDetail"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, PORTAL_CATEGORY_NOT_FOUND */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "PORTAL_CATEGORY_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article for its editor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The article's id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An article for its editor: its text and images */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleDetail"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: ARTICLE_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ARTICLE_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save an article's text (its publication stays as it is) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The article's id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The title */
                        title: string;
                        /**
                         * @description The summary, shown in lists and in bold above the body
                         * @default
                         */
                        summary?: string;
                        /**
                         * @description The body, HTML: cleaned on the server (text structure, links, the portal's own images)
                         * @default
                         */
                        bodyHtml?: string;
                        /**
                         * @description The byline, e.g. "HY- VPTU"
                         * @default
                         */
                        authorLine?: string;
                        /**
                         * @description The category's id; none when null
                         * @default null
                         */
                        categoryId?: number | null;
                    };
                };
            };
            responses: {
                /** @description An article for its editor: its text and images */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleDetail"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, PORTAL_CATEGORY_NOT_FOUND */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "PORTAL_CATEGORY_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: ARTICLE_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ARTICLE_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish now, or schedule for a future time (at) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The article's id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When to publish (ISO instant); now when omitted or past
                         */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description An article for its editor: its text and images */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleDetail"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: ARTICLE_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ARTICLE_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/articles/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an article off the portal now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The article's id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An article for its editor: its text and images */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleDetail"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: ARTICLE_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ARTICLE_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/articles/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image (base64) of an article; answers its address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The article's id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The image's bytes, base64: PNG, JPEG, GIF or WebP (by its bytes), 5 MB at most */
                        data: string;
                        /**
                         * @description The text that stands for the image
                         * @default
                         */
                        alt?: string;
                    };
                };
            };
            responses: {
                /** @description The image, and where the portal serves it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            url: string;
                            alt: string;
                        };
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: ARTICLE_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "ARTICLE_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description Too large: IMAGE_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "IMAGE_TOO_LARGE";
                            };
                        };
                    };
                };
                /** @description Unsupported file type: IMAGE_UNSUPPORTED */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "IMAGE_UNSUPPORTED";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/polls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every poll with its results */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every poll, the latest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollResult"][];
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a poll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The question */
                        question: string;
                        /**
                         * @description Whether a voter may choose several options
                         * @default false
                         */
                        multiple?: boolean;
                        /**
                         * Format: date-time
                         * @description When voting opens (ISO instant)
                         */
                        opensAt: string;
                        /**
                         * Format: date-time
                         * @description When voting closes (ISO instant); never when null
                         * @default null
                         */
                        closesAt?: string | null;
                        /** @description The options' labels, in order; they change only while the poll has no ballot */
                        options: string[];
                    };
                };
            };
            responses: {
                /** @description A poll with its state and results */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/polls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a poll (its options only while it has no ballot) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The poll's id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The question */
                        question: string;
                        /**
                         * @description Whether a voter may choose several options
                         * @default false
                         */
                        multiple?: boolean;
                        /**
                         * Format: date-time
                         * @description When voting opens (ISO instant)
                         */
                        opensAt: string;
                        /**
                         * Format: date-time
                         * @description When voting closes (ISO instant); never when null
                         * @default null
                         */
                        closesAt?: string | null;
                        /** @description The options' labels, in order; they change only while the poll has no ballot */
                        options: string[];
                    };
                };
            };
            responses: {
                /** @description A poll with its state and results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollResult"];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED, DATE_RANGE_INVALID */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "DATE_RANGE_INVALID";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: CSRF_INVALID, FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "CSRF_INVALID" | "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Not found: POLL_NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "POLL_NOT_FOUND";
                            };
                        };
                    };
                };
                /** @description In conflict with the register: POLL_HAS_VOTES */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "POLL_HAS_VOTES";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits and page views per day (Vietnam's calendar) */
        get: {
            parameters: {
                query?: {
                    /** @description How many days, up to today */
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One entry per day, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitDay"][];
                    };
                };
                /** @description Refused input: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED";
                            };
                        };
                    };
                };
                /** @description Not signed in: AUTH_REQUIRED, SESSION_EXPIRED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "AUTH_REQUIRED" | "SESSION_EXPIRED";
                            };
                        };
                    };
                };
                /** @description Not allowed: FORBIDDEN_ROLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "FORBIDDEN_ROLE";
                            };
                        };
                    };
                };
                /** @description Internal error: INTERNAL */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"] & {
                            error: {
                                /** @enum {string} */
                                code: "INTERNAL";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An account, without its password hash */
        AccountView: {
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "province" | "commune" | "viewer" | "editor";
            /** @description The unit whose subtree the account sees; null: everything (admin) */
            scopeCode: string | null;
            /** @description A one-time password: the account must choose its own at the next sign-in */
            mustChangePassword: boolean;
            /** @description Locked after failed sign-ins until then */
            lockedUntil: string | null;
            disabledAt: string | null;
            createdAt: string;
        };
        /** @description A village of an appendix: where it is, its members, and in the appendix of non-party heads its head's name */
        AppendixVillage: {
            code: string;
            name: string;
            subtype: string;
            commune: {
                code: string | null;
                name: string | null;
            };
            /** @description The district its commune stood under at D2; null when none (from 1/7/2025 there are no districts) */
            district: {
                code: string;
                name: string;
            } | null;
            members: {
                total: number;
                official: number;
                probationary: number;
            };
            /** @enum {string} */
            cell: "own" | "combined" | "none";
            /** @description The name of the head in office at D2: only in the appendix of villages whose head is not a party member, and only when the report names heads (`headNames`); null otherwise */
            head: string | null;
        };
        /** @description An article for its editor: its text and images */
        ArticleDetail: {
            id: number;
            slug: string;
            url: string;
            title: string;
            categoryId: number | null;
            authorLine: string;
            /** @enum {string} */
            state: "draft" | "scheduled" | "public" | "unpublished";
            publishedAt: string | null;
            unpublishedAt: string | null;
            updatedAt: string;
            views: number;
            summary: string;
            bodyHtml: string;
            images: {
                id: number;
                url: string;
                alt: string;
            }[];
        };
        /** @description An article with its state (by its dates) and views */
        ArticleSummary: {
            id: number;
            slug: string;
            url: string;
            title: string;
            categoryId: number | null;
            authorLine: string;
            /** @enum {string} */
            state: "draft" | "scheduled" | "public" | "unpublished";
            publishedAt: string | null;
            unpublishedAt: string | null;
            updatedAt: string;
            views: number;
        };
        /** @description One recorded change or event, from the audit log */
        AuditEntry: {
            at: string;
            /** @description Who: account:<user name>, cli:<system user> */
            actor: string;
            /** @description insert, update, delete, or an event (read-sensitive, export, …) */
            action: string;
            /** @description The table */
            entity: string;
            entityId: string | null;
            /** @description The reason given with the change */
            reason: string | null;
            /** @description The row before the change (null for an insert) */
            before: unknown;
            /** @description The row after the change (null for a delete) */
            after: unknown;
        };
        /** @description A year of the civil-service calendar as deadlines count it */
        CalendarYear: {
            year: number;
            /**
             * @description notice: the year's days come from a notice; rule: no notice, counted by the Labour Code's rule
             * @enum {string}
             */
            basis: "notice" | "rule";
            /**
             * @description Where the notice in force comes from: shipped with the application, or added by an administrator
             * @enum {string|null}
             */
            origin: "table" | "database" | null;
            /** @description Whether the application ships a notice of this year */
            shipped: boolean;
            /** @description The notice's days, with their sources */
            days: components["schemas"]["NoticeDay"][];
            /** @description Monday to Friday days that are not working days */
            weekdaysOff: string[];
            /** @description Saturdays and Sundays that are working days */
            saturdaysWorked: string[];
        };
        /** @description A category of the portal's articles */
        Category: {
            id: number;
            slug: string;
            name: string;
            nameEn: string | null;
            position: number;
        };
        /** @description The cell is founded: its official members, and the rows changed by table */
        CellFounded: {
            cell: string;
            village: string;
            on: string;
            official: number;
            /** @description What became of each combined cell the village left */
            combined: {
                cell: string;
                /**
                 * @description stays: still combined over two or more villages; closed: ended on the founding day; attached: another village joined it
                 * @enum {string}
                 */
                outcome: "stays" | "closed" | "attached";
                /** @description The villages it covers from the founding day (none once closed) */
                villages: string[];
            }[];
            changes: {
                [key: string]: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
            };
        };
        /** @description How one figure moved between two dates, with its flows */
        Change: {
            from: number;
            to: number;
            left: number;
            entered: number;
            ceased: number;
            new: number;
            net: number;
        };
        /** @description The change is made: the rows changed, by table, and the rules' warnings */
        ChangeResult: {
            /** @description Rows inserted, updated and unchanged, by table */
            changes: {
                [key: string]: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
            };
            /** @description What the rules warn about, each at its form field */
            warnings: {
                field: string | null;
                code: string;
                message: string;
            }[];
        };
        /** @description The figures of a unit at two dates, and the flows between them */
        Comparison: {
            from: components["schemas"]["Snapshot"];
            to: components["schemas"]["Snapshot"];
            changes: {
                white: components["schemas"]["Change"];
                weak: components["schemas"]["Change"];
                strong: components["schemas"]["Change"];
                noCell: components["schemas"]["Change"];
                nonPartyHead: components["schemas"]["Change"];
            };
        };
        /** @description A village whose head election is due, and the election planned, if any */
        DueElection: {
            village: {
                code: string;
                name: string;
                commune: string | null;
            };
            lastTerm: {
                from: string | null;
                to: string | null;
                how: string | null;
            } | null;
            /** @description When the next election is due: the end of the last term, recorded or by the province's term length */
            due: string;
            planned: {
                id: number;
                on: string;
                candidates: {
                    code: string;
                    name: string;
                    isMember: boolean;
                }[];
            } | null;
            memberAmongCandidates: boolean;
        };
        /** @description An error: its stable code and its message in Vietnamese and English */
        Error: {
            error: {
                /**
                 * @description A stable code of docs/errors.md
                 * @enum {string}
                 */
                code: "ACCOUNT_EXISTS" | "ACCOUNT_NOT_FOUND" | "ACCOUNT_SELF_DISABLE" | "ADMISSION_BEFORE_PROBATION_END" | "ADMISSION_CERTIFICATE_EXPIRED" | "ADMISSION_FUTURE_DATE" | "ADMISSION_INTRODUCERS" | "ADMISSION_LATE" | "ADMISSION_NEEDS_CONSENT" | "ADMISSION_ORDER" | "ADMISSION_QUORUM" | "ADMISSION_STEP_MISSING" | "ADMISSION_TOO_YOUNG" | "ARCHIVE_PART_TOO_COMPLEX" | "ARCHIVE_PART_TOO_LARGE" | "ARCHIVE_TOO_LARGE" | "ARTICLE_NOT_FOUND" | "AUTH_INVALID" | "AUTH_LOCKED" | "AUTH_PASSWORD_WRONG" | "AUTH_REQUIRED" | "AUTH_THROTTLED" | "CALENDAR_NOTICE_INVALID" | "CELL_EXISTS" | "CELL_MEMBER_NOT_ELIGIBLE" | "CELL_TOO_FEW" | "CHANGE_REJECTED" | "COMBINED_CELL_ATTACH_INVALID" | "COMBINED_CELL_LEFT_ALONE" | "COMBINED_CELL_MEMBERS_LEFT" | "CSRF_INVALID" | "DATA_DIR_IN_USE" | "DATE_RANGE_INVALID" | "DB_CONNECT_FAILED" | "DB_DUMP_INVALID" | "DB_DUMP_SCHEMA_MISMATCH" | "DB_DUMP_UNWRITABLE" | "DB_MOVE_MISMATCH" | "DB_RESTORE_FAILED" | "DB_SOURCE_MISSING" | "DB_TARGET_NOT_EMPTY" | "DB_UNAVAILABLE" | "EXPEL_PROBATIONARY" | "FORBIDDEN_ROLE" | "HEAD_BIRTH_DATE_MISSING" | "HEAD_INTERIM_TOO_LONG" | "HEAD_NOT_RESIDENT" | "HEAD_TOO_YOUNG" | "IMAGE_TOO_LARGE" | "IMAGE_UNSUPPORTED" | "IMPORT_ADMITTED_TOO_OLD" | "IMPORT_ADMITTED_TOO_YOUNG" | "IMPORT_BAD_CHARACTER" | "IMPORT_BAD_DATE" | "IMPORT_BAD_NUMBER" | "IMPORT_BAD_VALUE" | "IMPORT_CARD_WITHOUT_OFFICIAL" | "IMPORT_DUPLICATE_ROW" | "IMPORT_EXPELLED_PROBATIONARY" | "IMPORT_EXTRA_COLUMN" | "IMPORT_FILE_UNREADABLE" | "IMPORT_HEAD_TOO_YOUNG" | "IMPORT_LEVEL_CHANGED" | "IMPORT_MEMORY_LIMIT" | "IMPORT_MISSING_COLUMN" | "IMPORT_MISSING_VALUE" | "IMPORT_OFFICIAL_BEFORE_ADMITTED" | "IMPORT_OVERLAP" | "IMPORT_PARENT_LEVEL" | "IMPORT_PARENT_NOT_VALID" | "IMPORT_PLACEMENT_OUTSIDE_MEMBERSHIP" | "IMPORT_RANGE" | "IMPORT_READMITTED_AGAIN" | "IMPORT_REJECTED" | "IMPORT_TIME_LIMIT" | "IMPORT_TOO_LONG" | "IMPORT_TWO_HEADS" | "IMPORT_TWO_OFFICIAL_PLACEMENTS" | "IMPORT_UNKNOWN_CODE" | "IMPORT_UNKNOWN_SHEET" | "IMPORT_VILLAGE_PARENT_NOT_COMMUNE" | "IMPORT_WRONG_KIND" | "INTERNAL" | "INVALID_DATE" | "MEMBERSHIP_NOT_FOUND" | "NOT_FOUND" | "ORG_NOT_FOUND" | "OUT_OF_SCOPE" | "PASSWORD_CHANGE_REQUIRED" | "PASSWORD_TOO_COMMON" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_SHORT" | "PAYLOAD_TOO_LARGE" | "PDF_BROWSER_MISSING" | "PDF_FAILED" | "PERIOD_ENDS_BEFORE_START" | "PERSON_EXISTS" | "PERSON_NOT_FOUND" | "PLACEMENT_NOT_FOUND" | "POLL_ALREADY_VOTED" | "POLL_HAS_VOTES" | "POLL_NOT_FOUND" | "POLL_NOT_OPEN" | "POLL_NO_CHOICE" | "POLL_OPTION_UNKNOWN" | "POLL_RATE_LIMITED" | "POLL_SINGLE_CHOICE" | "PORTAL_CATEGORY_NOT_FOUND" | "PROSPECT_NOT_FOUND" | "READMISSION_LIMIT" | "READMISSION_TOO_SOON" | "SERVER_STARTING" | "SERVER_STOPPING" | "SESSION_EXPIRED" | "TEMPORARY_STUDY_TOO_LONG" | "TEMPORARY_TOO_LONG" | "TEMPORARY_TOO_SHORT" | "TRANSFER_LETTER_LATE" | "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT" | "UNKNOWN_CATEGORY" | "UNKNOWN_FLOW" | "UNKNOWN_ROLE" | "UPLOAD_UNSUPPORTED_TYPE" | "VALIDATION_FAILED" | "VILLAGE_NOT_FOUND";
                /** @description The message in the language asked for (?lang=en or Accept-Language: en), Vietnamese by default */
                message: string;
                /** @description The message in both languages */
                messages: {
                    vi: string;
                    en: string;
                };
                /** @description More about the error where its code has more to tell: a refused change's issues with their form fields, a validation's paths */
                details?: unknown;
            };
        };
        /** @description What an import found and changed (or would change, in a dry run) */
        ImportSummary: {
            dryRun: boolean;
            /** @description What stops the import, each at its sheet, row, column and value */
            errors: {
                /** @enum {string} */
                severity: "error" | "warning";
                sheet: string;
                row: number | null;
                column: string | null;
                value: string | null;
                code: string;
                message: string;
            }[];
            /** @description What the import notes but accepts */
            warnings: {
                /** @enum {string} */
                severity: "error" | "warning";
                sheet: string;
                row: number | null;
                column: string | null;
                value: string | null;
                code: string;
                message: string;
            }[];
            /** @description Rows inserted, updated and unchanged by sheet (or that would be, in a dry run) */
            changes: {
                units: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
                unit_lineage: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
                party_orgs: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
                cell_villages: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
                people: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
                memberships: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
                placements: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
                head_terms: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
                secretary_terms: {
                    inserted: number;
                    updated: number;
                    unchanged: number;
                };
            };
        };
        /** @description Online now (sessions seen in the last 5 minutes) and visits since the start */
        LiveStats: {
            online: {
                guests: number;
                members: number;
                total: number;
            };
            visits: number;
            /** @description The article's views, when one was named */
            views?: number | null;
        };
        /** @description One day of a year's notice of days off */
        NoticeDay: {
            /** @description The day, yyyy-mm-dd */
            date: string;
            /**
             * @description off: a day off; worked: a Saturday (or Sunday) worked in exchange
             * @enum {string}
             */
            kind: "off" | "worked";
            /** @description The break it belongs to, ending with its year, e.g. "Tet Nguyen dan 2027" */
            holiday: string;
            /** @description The notice it comes from, e.g. "TB 1234/TB-BNV 15/10/2026" */
            source: string;
        };
        /** @description The account and its one-time password, shown once: the account chooses its own at the first sign-in */
        OneTimePassword: {
            username: string;
            password: string;
        };
        /** @description A cell or committee at a date, with its members */
        OrgDetail: {
            code: string;
            name: string;
            /** @enum {string} */
            kind: "committee" | "cell";
            parentCode: string | null;
            unitCode: string | null;
            villages: {
                code: string;
                name: string;
            }[];
            members: {
                total: number;
                official: number;
            };
            secretary: {
                code: string;
                name: string;
            } | null;
            /** @description A cell with enough official members at the date (9) to elect a cell committee */
            committeeDue: boolean;
            at: string;
            memberList: {
                code: string;
                name: string;
                kind: string;
                villageCode: string | null;
                official: boolean;
                since: string | null;
            }[];
        };
        /** @description A party committee or cell at a date: coverage, member counts, secretary */
        OrgNode: {
            code: string;
            name: string;
            /** @enum {string} */
            kind: "committee" | "cell";
            parentCode: string | null;
            unitCode: string | null;
            villages: {
                code: string;
                name: string;
            }[];
            members: {
                total: number;
                official: number;
            };
            secretary: {
                code: string;
                name: string;
            } | null;
            /** @description A cell with enough official members at the date (9) to elect a cell committee */
            committeeDue: boolean;
        };
        /** @description The party organisations valid at the date, flat with their parents */
        OrgsList: {
            at: string;
            orgs: components["schemas"]["OrgNode"][];
        };
        /** @description A page of the people found, with how many were found in all */
        PeopleList: {
            total: number;
            items: {
                code: string;
                fullName: string;
                birthDate: string | null;
                /** @description The year of birth, to tell people of one name apart */
                birthYear: number | null;
                gender: string | null;
                /** @description The residence village */
                villageCode: string | null;
                /** @description Its name at the date */
                villageName: string | null;
                /** @description The commune of the residence village at the date */
                commune: {
                    code: string;
                    name: string | null;
                } | null;
                /** @description The card of the membership holding at the date */
                cardNo: string | null;
                /** @enum {string} */
                status: "official" | "probationary" | "none";
            }[];
            /** @description The date of the status, card, village name and commune */
            at: string;
        };
        /** @description A person: memberships, placements, head and secretary terms, history; sensitive fields masked for roles that may not see them */
        PersonDetail: {
            code: string;
            fullName: string;
            birthDate: string | null;
            gender: string | null;
            ethnicity: string | null;
            communeOfficial: boolean;
            residenceVillageCode: string | null;
            memberships: {
                cardNo: string | null;
                admittedOn: string;
                officialOn: string | null;
                endedOn: string | null;
                endReason: string | null;
            }[];
            placements: {
                cellCode: string;
                villageCode: string | null;
                kind: string;
                reason: string | null;
                validFrom: string | null;
                validTo: string | null;
            }[];
            headTerms: {
                villageCode: string;
                role: string;
                how: string | null;
                validFrom: string | null;
                validTo: string | null;
            }[];
            secretaryTerms: {
                cellCode: string;
                validFrom: string | null;
                validTo: string | null;
            }[];
            standing: components["schemas"]["PersonStanding"];
            masked: string[];
            history: components["schemas"]["AuditEntry"][];
        };
        /** @description A person's status, party card and cell at a date */
        PersonStanding: {
            /** @description The date this standing is of */
            at: string;
            /**
             * @description Official, probationary or not a member on that day
             * @enum {string}
             */
            status: "official" | "probationary" | "none";
            /** @description The party card of the membership that holds on that day (issued with official status) */
            cardNo: string | null;
            /** @description The admission of that membership */
            admittedOn: string | null;
            /** @description Its official status, when recorded */
            officialOn: string | null;
            /** @description The cell of the official placement that holds on that day */
            cell: {
                code: string;
                /** @description Its name at the date; null when it has no version then */
                name: string | null;
                /** @description The village the placement counts for */
                village: {
                    code: string;
                    /** @description Its name at the date; null when it has no version then */
                    name: string | null;
                } | null;
                /** @description The start of the placement */
                since: string | null;
                /** @description Its end, when one is recorded */
                until: string | null;
            } | null;
            /** @description Temporary placements beside it on that day */
            temporary: {
                code: string;
                /** @description Its name at the date; null when it has no version then */
                name: string | null;
                until: string | null;
            }[];
        };
        /** @description A poll with its state and results */
        PollResult: {
            id: number;
            question: string;
            multiple: boolean;
            opensAt: string;
            closesAt: string | null;
            /** @enum {string} */
            state: "upcoming" | "open" | "closed";
            ballots: number;
            options: {
                id: number;
                label: string;
                votes: number;
            }[];
        };
        /** @description An admission case: the prospect, the stage reached, the steps, what is due */
        ProspectView: {
            id: number;
            personCode: string;
            fullName: string;
            villageCode: string;
            villageName: string | null;
            cellCode: string | null;
            /** @enum {string} */
            stage: "recommended" | "class" | "application" | "introduced" | "checked" | "resolution" | "decision" | "probation" | "review" | "official" | "removed" | "dropped";
            /** @description The recorded steps; null: not reached */
            steps: {
                birthDate: string | null;
                recommendedOn: string;
                certificateOn: string | null;
                applicationOn: string | null;
                introducers: {
                    /** @enum {string} */
                    kind: "member" | "youthUnion";
                    /** @description For a member: since when they are official (null: not official) */
                    officialSince?: string | null;
                    /** @description Since when they have known the prospect */
                    knownSince?: string | null;
                }[];
                checkedOn: string | null;
                resolutionOn: string | null;
                votesFor: number | null;
                officialMembers: number | null;
                decisionOn: string | null;
                decisionExtended: boolean;
                ceremonyOn: string | null;
                reviewOn: string | null;
                /** @enum {string|null} */
                outcome: "official" | "removed" | null;
                outcomeOn: string | null;
                droppedOn: string | null;
            };
            /** @description The day the next step is planned for (may lie ahead); null: none planned */
            plannedOn: string | null;
            /** @description The step that is due and its deadline in working days under the rules in force */
            deadline: {
                step: string;
                due: string;
                ruleSet: string;
                /** @description The rule set's name, in the language asked for */
                ruleSetLabel: string;
                /** @enum {string|null} */
                urgency: "overdue" | "soon" | null;
            } | null;
            /** @description The committee that decides, by the rule set in force on the decision's date (or, pending, on today or the earliest day it can be taken) */
            decidedBy: {
                /** @description Who decides (or decided) the admission; null for a case dropped before it */
                admission: {
                    /**
                     * @description The admission, or (after probation) the recognition as a official member or the removal
                     * @enum {string}
                     */
                    decision: "admission" | "recognition";
                    /**
                     * @description district: the district committee (huyện ủy and equivalents); commune: a commune-level committee
                     * @enum {string}
                     */
                    level: "district" | "commune";
                    /** @description The deciding body as users name it, in the language asked for ("Huyện ủy và tương đương", "Đảng ủy cấp xã") */
                    body: string;
                    /** @description The day it is judged by: the decision's date once taken; else today or the day the decision can first be taken (the resolution; the review, or the end of probation), whichever is later */
                    on: string;
                    /** @description The rule set in force that day */
                    ruleSet: string;
                    /** @description Its name, in the language asked for */
                    ruleSetLabel: string;
                    /** @description Whether the decision is recorded */
                    taken: boolean;
                } | null;
                /** @description Who decides (or decided) the recognition or removal; null before the ceremony, and for a case dropped */
                recognition: {
                    /**
                     * @description The admission, or (after probation) the recognition as a official member or the removal
                     * @enum {string}
                     */
                    decision: "admission" | "recognition";
                    /**
                     * @description district: the district committee (huyện ủy and equivalents); commune: a commune-level committee
                     * @enum {string}
                     */
                    level: "district" | "commune";
                    /** @description The deciding body as users name it, in the language asked for ("Huyện ủy và tương đương", "Đảng ủy cấp xã") */
                    body: string;
                    /** @description The day it is judged by: the decision's date once taken; else today or the day the decision can first be taken (the resolution; the review, or the end of probation), whichever is later */
                    on: string;
                    /** @description The rule set in force that day */
                    ruleSet: string;
                    /** @description Its name, in the language asked for */
                    ruleSetLabel: string;
                    /** @description Whether the decision is recorded */
                    taken: boolean;
                } | null;
            };
            /** @description What the rules find in the steps so far: errors and warnings */
            issues: {
                field: string;
                code: string;
                /** @enum {string} */
                severity: "error" | "warning";
                message: string;
            }[];
        };
        /** @description What the province decides for itself, from a date */
        ProvinceChoice: {
            effectiveFrom: string;
            /** @description A village head's term, as the province's people's committee decides */
            headTermYears: 2.5 | 5;
            /** @description The legal basis of the choice */
            basis: string;
        };
        /** @description The draft article made of the report (not published) */
        PublishResult: {
            /** @description The draft article's id */
            id: number;
            slug: string;
            title: string;
            /** @description The chart, as an image of the article */
            imageId: number;
            imageUrl: string;
        };
        /** @description What a village lacks for its own cell at a date, and whom to transfer in */
        ReinforcementPlan: {
            village: string;
            at: string;
            /** @description The village's own cell, if it has one */
            ownCell: string | null;
            /** @description The cells that cover the village */
            coveredBy: string[];
            /** @description Official members placed in the village */
            official: number;
            /** @description Official members a cell needs under the rules in force */
            minimum: number;
            shortfall: number;
            /** @description Whom to transfer in, in order: commune officials of the village's commune, members living in the village, members of the commune's other villages; only people in your scope at the date */
            candidates: {
                code: string;
                name: string;
                priority: number;
                fromCell: string;
                fromVillage: string | null;
                ownCellOfficial: number | null;
            }[];
            /** @description The combined cells covering the village, and what founding its own cell leaves of each */
            combined: {
                cell: string;
                name: string;
                /** @description The villages it would still cover once this village has its own cell */
                villages: string[];
                /** @description It would cover one village only, and count as that village's own cell: founding needs the choice to close it or to attach another village */
                choiceNeeded: boolean;
            }[];
        };
        /** @description The report of a unit over a period [D1, D2) (docs/reports.md) */
        Report: {
            scope: {
                code: string;
                name: string;
                /** @enum {string} */
                level: "country" | "province" | "district" | "commune" | "village";
            };
            from: string;
            to: string;
            heading: {
                /** @description Top left, upper case: the higher body, then the issuing one (e.g. TỈNH ỦY HƯNG YÊN / BAN TỔ CHỨC) */
                issuer: (string)[];
                /** @description The issuing body as a sentence names it: "Ban Tổ chức Tỉnh ủy", "Đảng ủy Xã Tân Dân" */
                issuerName: string;
                /** @description The issuing body's abbreviation in the number: "BTCTU" (a province's organisation board, from its settings), "HU", "ĐU", "CB" */
                abbreviation: string;
                /** @description The number given, or null: left blank to fill in by hand */
                number: string | null;
                /** @description "Số 12-BC/BTCTU", or "Số        -BC/BTCTU" with the number left blank */
                numberLine: string;
                place: string;
                issuedOn: string;
                /** @description "Hưng Yên, ngày 27 tháng 11 năm 2026" */
                dateLine: string;
                title: string;
                subtitle: string;
                period: string;
                signer: {
                    /** @description "T/M BAN THƯỜNG VỤ" above the title of the signer, when the signer signs for a collective */
                    on: string | null;
                    title: string;
                    name: string;
                };
            };
            /**
             * @description The level of the rows, null for a village (no unit below it)
             * @enum {string|null}
             */
            rowLevel: "province" | "district" | "commune" | "village" | null;
            rows: components["schemas"]["ReportRow"][];
            /** @description The scope's own figures at D2: each number is the sum of the rows */
            total: {
                figures: components["schemas"]["Snapshot"];
                /** @description Admissions in [D1, D2) placed in this unit's villages (see docs/reports.md) */
                admissions: number;
            };
            comparison: components["schemas"]["Comparison"];
            /** @description The white villages, the weak villages, and the villages whose head is not a member, at D2 */
            appendices: {
                white: components["schemas"]["AppendixVillage"][];
                weak: components["schemas"]["AppendixVillage"][];
                nonPartyHead: components["schemas"]["AppendixVillage"][];
            };
            /** @description Whether the appendix of villages whose head is not a party member names the heads: only for an account that may read the register (register.read), and on the command line */
            headNames: boolean;
            /** @description The narrative, in the words of the committee's reports */
            narrative: {
                vi: string;
                en: string;
            };
        };
        /** @description A unit as a row of the report: its figures at D2 and its admissions of the period */
        ReportRow: {
            unit: {
                code: string;
                name: string;
                /** @enum {string} */
                level: "country" | "province" | "district" | "commune" | "village";
            };
            figures: components["schemas"]["Snapshot"];
            /** @description Admissions in [D1, D2) placed in this unit's villages (see docs/reports.md) */
            admissions: number;
        };
        /** @description A regulation implementing the Party Charter, with the values the workflows check */
        RuleSet: {
            /** @description The regulation's number, e.g. 294-QĐ/TW */
            id: string;
            /** @description How the set is named to users, in Vietnamese and English */
            label: {
                vi: string;
                en: string;
            };
            title: string;
            /** @description In force from this day until the next set's */
            effectiveFrom: string;
            admission: {
                minAgeMonths: number;
                /** @description A prospect older than this, in full months on the day of the cell resolution, needs the provincial committee's consent (720: from 721 months on) */
                consentAboveAgeMonths: number;
                introducers: number;
                introducerKnownMonths: number;
                certificateValidYears: number;
                resolutionQuorum: {
                    numerator: number;
                    denominator: number;
                };
                /** @enum {string} */
                decidedBy: "district" | "commune";
                decisionWorkingDays: number;
                decisionExtensionWorkingDays: number;
                ceremonyWorkingDays: number;
            };
            probation: {
                months: number;
                reviewWorkingDays: number;
                reviewDecisionWorkingDays: number;
            };
            membership: {
                readmissionsAllowed: number;
                readmissionAfterMonths: number;
                expelOfficialOnly: boolean;
            };
            cells: {
                minOfficialMembers: number;
                committeeFromOfficialMembers: number;
            };
            heads: {
                minAge: number;
                residentOnly: boolean;
                interimMaxMonths: number;
            };
            transfers: {
                letterDays: number;
                temporaryMinMonths: number;
                temporaryMaxMonths: number;
                studyMaxMonths: number;
            };
        };
        /** @description The signed-in account, with its session's CSRF token */
        SignedInAccount: {
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "province" | "commune" | "viewer" | "editor";
            /** @description The unit whose subtree the account sees; null: everything */
            scopeCode: string | null;
            /** @description Signed in with a one-time password: choose one's own (POST /api/auth/password) first */
            mustChangePassword: boolean;
            /** @description The session's CSRF token, to send in the x-csrf-token header of every POST */
            csrfToken: string;
            /** @description The database holds the demo province (its accounts share a published password) */
            demo: boolean;
        };
        /** @description The figures of a unit at a date (docs/domain.md) */
        Snapshot: {
            scope: {
                code: string;
                name: string;
            };
            at: string;
            villages: number;
            white: number;
            weak: number;
            strong: number;
            ownCell: number;
            combinedOnly: number;
            noCell: number;
            readyForCell: number;
            heads: {
                party: number;
                nonParty: number;
                vacant: number;
            };
            secretaryIsHead: number;
            members: {
                total: number;
                official: number;
                probationary: number;
            };
            nonPartyHeadRatio: {
                count: number;
                total: number;
                percent: number;
                text: string;
            };
        };
        /** @description Members admitted in the period, against the target */
        TargetAdmissions: {
            /** @description The target set for the year; null when none is */
            target: number | null;
            /** @description Admissions in [from, to) counted as the report of the period counts them (docs/reports.md) */
            achieved: number;
        };
        /** @description A unit's targets for a year and what was achieved from 1 January: white villages cleared, weak villages reduced, villages that got their own cell, villages whose head became a member, measured over the villages present at both dates, and admissions */
        TargetProgress: {
            unitCode: string;
            year: number;
            /** @description 1 January of the year */
            from: string;
            /** @description 1 January of the next year, or today while the year runs: the period is [from, to) as in the report of a period */
            to: string;
            /** @description The scope's villages at both dates */
            villages: {
                /** @description Villages of the scope at the start */
                from: number;
                /** @description Villages of the scope at the end */
                to: number;
                /** @description Villages in the scope at both dates: the progress is measured over these */
                stayed: number;
                /** @description Villages that joined the scope in the period */
                joined: number;
                /** @description Villages that left the scope in the period */
                departed: number;
            };
            admissions: components["schemas"]["TargetAdmissions"];
            whiteCleared: components["schemas"]["TargetVillageMeasure"];
            weakReduced: components["schemas"]["TargetVillageMeasure"];
            cellsFounded: components["schemas"]["TargetVillageMeasure"];
            partyHeads: components["schemas"]["TargetVillageMeasure"];
        };
        /** @description A count of villages against its target: the progress over the villages present at both dates, and apart from it the villages that joined or left the scope. For a category to reduce (white, weak) from - to = achieved + departed - joined; for one to raise (own cell, party head) to - from = achieved + joined - departed */
        TargetVillageMeasure: {
            /** @description The target set for the year; null when none is */
            target: number | null;
            /** @description The progress over the villages in the scope at both dates: better - worse. Villages that joined or left the scope are not progress */
            achieved: number;
            /** @description Villages in the scope at both dates that moved toward the target (the comparison's left flow of a category to reduce, its entered flow of one to raise) */
            better: number;
            /** @description Villages in the scope at both dates that moved away from it */
            worse: number;
            /** @description Villages in the measure's category at the start, in the scope as it stood then */
            from: number;
            /** @description Villages in the measure's category at the end, in the scope as it stands then */
            to: number;
            /** @description Villages that joined the scope in the period (a reform, a move, a new village) and are in the category at the end: the comparison's new flow */
            joined: number;
            /** @description Villages that left the scope in the period (merged away, moved out) and were in the category at the start: the comparison's ceased flow */
            departed: number;
        };
        /** @description A task force with the progress of its villages */
        TaskForceView: {
            id: number;
            name: string;
            unitCode: string;
            validFrom: string;
            validTo: string | null;
            note: string | null;
            members: {
                code: string;
                name: string;
            }[];
            /** @description Each village at the task force's start and now (or its end) */
            villages: {
                code: string;
                name: string | null;
                from: {
                    members: number;
                    official: number;
                    ownCell: boolean;
                    partyHead: boolean;
                };
                to: {
                    members: number;
                    official: number;
                    ownCell: boolean;
                    partyHead: boolean;
                };
            }[];
        };
        /** @description A unit with the units below it valid at the date */
        UnitNode: {
            code: string;
            name: string;
            level: string;
            subtype: string;
            children: components["schemas"]["UnitNode"][];
        };
        /** @description The unit tree valid at the date */
        UnitTree: {
            at: string;
            /** @description The roots: the country (VN), the unit asked for, or the units of your scope */
            units: components["schemas"]["UnitNode"][];
        };
        /** @description A village behind a flow: its facts at both dates, null where it is not in the scope's set */
        VillageFlowItem: {
            code: string;
            name: string;
            from: components["schemas"]["VillageItem"] | null;
            to: components["schemas"]["VillageItem"] | null;
        };
        /** @description A village with its facts at a date */
        VillageItem: {
            code: string;
            name: string;
            subtype: string;
            commune: {
                code: string | null;
                name: string | null;
            };
            members: {
                total: number;
                official: number;
                probationary: number;
            };
            /** @enum {string} */
            category: "white" | "weak" | "strong";
            /** @enum {string} */
            cell: "own" | "combined" | "none";
            readyForCell: boolean;
            head: {
                code: string;
                name: string;
                isMember: boolean;
            } | null;
            /** @enum {string} */
            headStatus: "party" | "nonParty" | "vacant";
            secretaryIsHead: boolean;
            categories: ("white" | "weak" | "strong" | "ownCell" | "combinedOnly" | "noCell" | "readyForCell" | "partyHead" | "nonPartyHead" | "vacantHead" | "secretaryIsHead" | "all")[];
        };
        /** @description The villages in a category at a date */
        VillageListAt: {
            scope: {
                code: string;
                name: string;
            };
            at: string;
            /** @enum {string} */
            category: "white" | "weak" | "strong" | "ownCell" | "combinedOnly" | "noCell" | "readyForCell" | "partyHead" | "nonPartyHead" | "vacantHead" | "secretaryIsHead" | "all";
            count: number;
            villages: components["schemas"]["VillageItem"][];
        };
        /** @description The villages in one flow of a category between two dates */
        VillageListFlow: {
            scope: {
                code: string;
                name: string;
            };
            from: string;
            to: string;
            /** @enum {string} */
            category: "white" | "weak" | "strong" | "ownCell" | "combinedOnly" | "noCell" | "readyForCell" | "partyHead" | "nonPartyHead" | "vacantHead" | "secretaryIsHead" | "all";
            /** @enum {string} */
            flow: "left" | "entered" | "ceased" | "new" | "stayed";
            /**
             * @description The member group the villages are in at the second date, when the list was narrowed to one
             * @enum {string|null}
             */
            toCategory: "white" | "weak" | "strong" | null;
            count: number;
            villages: components["schemas"]["VillageFlowItem"][];
        };
        /** @description A village's timeline: versions and lineage, cells, member counts over time, heads and secretaries, history */
        VillageTimeline: {
            code: string;
            versions: {
                name: string;
                subtype: string;
                parentCode: string | null;
                parentName: string | null;
                validFrom: string | null;
                validTo: string | null;
            }[];
            lineage: {
                /** @enum {string} */
                direction: "from" | "to";
                code: string;
                name: string | null;
                on: string;
                kind: string;
                decision: string | null;
            }[];
            cells: {
                code: string;
                name: string | null;
                validFrom: string | null;
                validTo: string | null;
                otherVillages: string[];
            }[];
            memberCounts: {
                validFrom: string;
                validTo: string | null;
                total: number;
                official: number;
                probationary: number;
            }[];
            membersByYear: {
                year: number;
                at: string;
                total: number;
                official: number;
                probationary: number;
            }[];
            heads: {
                personCode: string;
                fullName: string;
                role: string;
                how: string | null;
                validFrom: string | null;
                validTo: string | null;
                memberAtStart: boolean;
            }[];
            secretaries: {
                cellCode: string;
                personCode: string;
                fullName: string;
                validFrom: string | null;
                validTo: string | null;
            }[];
            history: components["schemas"]["AuditEntry"][];
        };
        /** @description Visits (guests, signed-in members) and page views of one day, Vietnam's calendar */
        VisitDay: {
            day: string;
            guestVisits: number;
            memberVisits: number;
            views: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
