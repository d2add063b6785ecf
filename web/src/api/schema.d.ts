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
                /** @description Liveness and database check */
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
         * @description One view per visitor session per article per 30 minutes; crawlers are not counted. Sets the visitor cookie when missing.
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
                        article?: number;
                    } | null;
                };
            };
            responses: {
                /** @description Count a page view (the portal's beacon) and answer the live figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            online: {
                                guests: number;
                                members: number;
                                total: number;
                            };
                            visits: number;
                            views?: number | null;
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
                /** @description Online now and visits since the start */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            online: {
                                guests: number;
                                members: number;
                                total: number;
                            };
                            visits: number;
                            views?: number | null;
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
         * @description A form (application/x-www-form-urlencoded) is answered with a redirect back to the page, which shows the results; JSON with the results.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        option?: number | number[];
                        back?: string;
                    };
                };
            };
            responses: {
                /** @description Vote in a poll: one ballot per account, or per guest (cookie, and address with browser) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie */
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
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Sign in; sets the session cookie */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            displayName: string;
                            role: string;
                            scopeCode: string | null;
                            mustChangePassword: boolean;
                            csrfToken: string;
                            demo: boolean;
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
                /** @description The signed-in account and its CSRF token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            displayName: string;
                            role: string;
                            scopeCode: string | null;
                            mustChangePassword: boolean;
                            csrfToken: string;
                            demo: boolean;
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
                        current: string;
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
                /** @description Every account, without password hashes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "province" | "commune" | "viewer" | "editor";
                            scopeCode: string | null;
                            mustChangePassword: boolean;
                            lockedUntil: string | null;
                            disabledAt: string | null;
                            createdAt: string;
                        }[];
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
                        username: string;
                        displayName?: string;
                        /** @enum {string} */
                        role: "admin" | "province" | "commune" | "viewer" | "editor";
                        scopeCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Add an account; answers its one-time password, shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            password: string;
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
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A new one-time password; unlocks and re-enables the account and ends its sessions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            password: string;
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
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Disable an account; its sessions end at once */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    /** @description Code of the unit to root the tree at; every province when omitted */
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
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Timeline of a village: versions, lineage, cells, member counts, heads and secretaries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            history: {
                                at: string;
                                actor: string;
                                action: string;
                                entity: string;
                                entityId: string | null;
                                reason: string | null;
                                before: unknown;
                                after: unknown;
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
    "/api/people/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person: memberships, placements, head and secretary terms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A person: memberships, placements, head and secretary terms */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            masked: string[];
                            history: {
                                at: string;
                                actor: string;
                                action: string;
                                entity: string;
                                entityId: string | null;
                                reason: string | null;
                                before: unknown;
                                after: unknown;
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
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search people by name (diacritics optional), card number or village, within your scope */
        get: {
            parameters: {
                query?: {
                    /** @description Name, with or without diacritics */
                    q?: string;
                    /** @description Party card number, or part of it */
                    card?: string;
                    /** @description Village code: residents and members taking part there */
                    village?: string;
                    limit?: number;
                    offset?: number;
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Search people by name (diacritics optional), card number or village, within your scope */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                code: string;
                                fullName: string;
                                birthDate: string | null;
                                gender: string | null;
                                villageCode: string | null;
                                villageName: string | null;
                                cardNo: string | null;
                                /** @enum {string} */
                                status: "official" | "probationary" | "none";
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
                        code: string;
                        fullName: string;
                        birthDate?: string;
                        /** @enum {string} */
                        gender?: "male" | "female";
                        ethnicity?: string;
                        residenceVillageCode?: string;
                        communeOfficial?: boolean;
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Add a person (member or not); the residence village must be in your scope */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            masked: string[];
                            history: {
                                at: string;
                                actor: string;
                                action: string;
                                entity: string;
                                entityId: string | null;
                                reason: string | null;
                                before: unknown;
                                after: unknown;
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
                    /** @description Unit code: province, district, commune or village */
                    scope: string;
                    /** @description Date of a snapshot */
                    at?: string;
                    /** @description First date of a comparison */
                    from?: string;
                    /** @description Second date of a comparison */
                    to?: string;
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Figures of a unit at a date (at), or two dates compared with flows (from, to) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                        } | {
                            from: {
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
                            to: {
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
                            changes: {
                                white: {
                                    from: number;
                                    to: number;
                                    left: number;
                                    entered: number;
                                    ceased: number;
                                    new: number;
                                    net: number;
                                };
                                weak: {
                                    from: number;
                                    to: number;
                                    left: number;
                                    entered: number;
                                    ceased: number;
                                    new: number;
                                    net: number;
                                };
                                strong: {
                                    from: number;
                                    to: number;
                                    left: number;
                                    entered: number;
                                    ceased: number;
                                    new: number;
                                    net: number;
                                };
                                noCell: {
                                    from: number;
                                    to: number;
                                    left: number;
                                    entered: number;
                                    ceased: number;
                                    new: number;
                                    net: number;
                                };
                                nonPartyHead: {
                                    from: number;
                                    to: number;
                                    left: number;
                                    entered: number;
                                    ceased: number;
                                    new: number;
                                    net: number;
                                };
                            };
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
                    scope: string;
                    /** @description One of: white, weak, strong, ownCell, combinedOnly, noCell, readyForCell, partyHead, nonPartyHead, vacantHead, secretaryIsHead, all */
                    category: string;
                    at?: string;
                    from?: string;
                    to?: string;
                    /** @description With from and to: left, entered, ceased or new */
                    flow?: string;
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The villages behind a number: a category at a date, or a flow between two dates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scope: {
                                code: string;
                                name: string;
                            };
                            at: string;
                            /** @enum {string} */
                            category: "white" | "weak" | "strong" | "ownCell" | "combinedOnly" | "noCell" | "readyForCell" | "partyHead" | "nonPartyHead" | "vacantHead" | "secretaryIsHead" | "all";
                            count: number;
                            villages: {
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
                            }[];
                        } | {
                            scope: {
                                code: string;
                                name: string;
                            };
                            from: string;
                            to: string;
                            /** @enum {string} */
                            category: "white" | "weak" | "strong" | "ownCell" | "combinedOnly" | "noCell" | "readyForCell" | "partyHead" | "nonPartyHead" | "vacantHead" | "secretaryIsHead" | "all";
                            /** @enum {string} */
                            flow: "left" | "entered" | "ceased" | "new";
                            count: number;
                            villages: {
                                code: string;
                                name: string;
                                from: {
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
                                } | null;
                                to: {
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
                                } | null;
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
                    /** @description Unit code: province, district, commune or village */
                    scope: string;
                    /** @description D1, the start of the period (yyyy-mm-dd or dd/mm/yyyy) */
                    from: string;
                    /** @description D2, the end of the period; figures by unit are as of this date */
                    to: string;
                    /** @description The document's date (today when omitted) */
                    issuedOn?: string;
                    /** @description Name printed in the signer block */
                    signer?: string;
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report of a period: figures by unit at D2 with the total, the comparison with its flows, admissions, appendices and the narrative */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scope: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                level: "province" | "district" | "commune" | "village";
                            };
                            from: string;
                            to: string;
                            heading: {
                                issuer: (string)[];
                                issuerName: string;
                                place: string;
                                issuedOn: string;
                                dateLine: string;
                                title: string;
                                subtitle: string;
                                period: string;
                                signer: {
                                    on: string | null;
                                    title: string;
                                    name: string;
                                };
                            };
                            /** @enum {string|null} */
                            rowLevel: "district" | "commune" | "village" | null;
                            rows: {
                                unit: {
                                    code: string;
                                    name: string;
                                    /** @enum {string} */
                                    level: "province" | "district" | "commune" | "village";
                                };
                                figures: {
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
                                admissions: number;
                            }[];
                            total: {
                                figures: {
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
                                admissions: number;
                            };
                            comparison: {
                                from: {
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
                                to: {
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
                                changes: {
                                    white: {
                                        from: number;
                                        to: number;
                                        left: number;
                                        entered: number;
                                        ceased: number;
                                        new: number;
                                        net: number;
                                    };
                                    weak: {
                                        from: number;
                                        to: number;
                                        left: number;
                                        entered: number;
                                        ceased: number;
                                        new: number;
                                        net: number;
                                    };
                                    strong: {
                                        from: number;
                                        to: number;
                                        left: number;
                                        entered: number;
                                        ceased: number;
                                        new: number;
                                        net: number;
                                    };
                                    noCell: {
                                        from: number;
                                        to: number;
                                        left: number;
                                        entered: number;
                                        ceased: number;
                                        new: number;
                                        net: number;
                                    };
                                    nonPartyHead: {
                                        from: number;
                                        to: number;
                                        left: number;
                                        entered: number;
                                        ceased: number;
                                        new: number;
                                        net: number;
                                    };
                                };
                            };
                            appendices: {
                                white: {
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
                                    cell: "own" | "combined" | "none";
                                }[];
                                weak: {
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
                                    cell: "own" | "combined" | "none";
                                }[];
                                nonPartyHead: {
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
                                    cell: "own" | "combined" | "none";
                                }[];
                            };
                            narrative: {
                                vi: string;
                                en: string;
                            };
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
                    /** @description Unit code: province, district, commune or village */
                    scope: string;
                    /** @description D1, the start of the period (yyyy-mm-dd or dd/mm/yyyy) */
                    from: string;
                    /** @description D2, the end of the period; figures by unit are as of this date */
                    to: string;
                    /** @description The document's date (today when omitted) */
                    issuedOn?: string;
                    /** @description Name printed in the signer block */
                    signer?: string;
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
                    /** @description Unit code: province, district, commune or village */
                    scope: string;
                    /** @description D1, the start of the period (yyyy-mm-dd or dd/mm/yyyy) */
                    from: string;
                    /** @description D2, the end of the period; figures by unit are as of this date */
                    to: string;
                    /** @description The document's date (today when omitted) */
                    issuedOn?: string;
                    /** @description Name printed in the signer block */
                    signer?: string;
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
                        scope: string;
                        from: string;
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
                /** @description Turns the report of a period into a draft article of the portal (title, narrative, chart, tables); not published */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            slug: string;
                            title: string;
                            imageId: number;
                            imageUrl: string;
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
                    at?: string;
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Party organisations valid at a date (flat, with parents) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            orgs: {
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
                    at?: string;
                    lang?: "vi" | "en";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A cell or committee at a date: its members and secretary */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        admittedOn: string;
                        cellCode: string;
                        /** @description The village the member counts for; the cell's own village when omitted and the cell covers one */
                        villageCode?: string;
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Admit a person: membership and first official placement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                [key: string]: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            };
                            warnings: {
                                field: string | null;
                                code: string;
                                message: string;
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
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Which membership; the current one when omitted */
                        admittedOn?: string;
                        officialOn: string;
                        cardNo?: string;
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Record official status (and the party card) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                [key: string]: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            };
                            warnings: {
                                field: string | null;
                                code: string;
                                message: string;
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
                        cellCode: string;
                        villageCode?: string;
                        /** @enum {string} */
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
                /** @description Transfer a member, officially or temporarily (reinforcement is a reason) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                [key: string]: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            };
                            warnings: {
                                field: string | null;
                                code: string;
                                message: string;
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
                /** @description Transfer a member out of the province: the placements end, the membership does not */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                [key: string]: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            };
                            warnings: {
                                field: string | null;
                                code: string;
                                message: string;
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
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endedOn: string;
                        /** @enum {string} */
                        endReason: "death" | "removed" | "expelled" | "resigned";
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description End a membership (and its open placements) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                [key: string]: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            };
                            warnings: {
                                field: string | null;
                                code: string;
                                message: string;
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
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personCode: string;
                        /**
                         * @default head
                         * @enum {string}
                         */
                        role?: "head" | "deputy";
                        validFrom: string;
                        validTo?: string;
                        /**
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
                /** @description Enter a village head's term */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                [key: string]: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            };
                            warnings: {
                                field: string | null;
                                code: string;
                                message: string;
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
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personCode: string;
                        validFrom: string;
                        validTo?: string;
                        /** @description Why the change is made; kept in the audit log */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Enter a cell secretary's term */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                [key: string]: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            };
                            warnings: {
                                field: string | null;
                                code: string;
                                message: string;
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
                /** @description The rule sets with their effective dates, and what the province decides */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sets: {
                                [key: string]: unknown;
                            }[];
                            province: {
                                [key: string]: unknown;
                            }[];
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
                    scope?: string;
                    stage?: "recommended" | "class" | "application" | "introduced" | "checked" | "resolution" | "decision" | "probation" | "review" | "official" | "removed" | "dropped";
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prospects of a scope, by stage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personCode: string;
                            fullName: string;
                            villageCode: string;
                            villageName: string | null;
                            cellCode: string | null;
                            /** @enum {string} */
                            stage: "recommended" | "class" | "application" | "introduced" | "checked" | "resolution" | "decision" | "probation" | "review" | "official" | "removed" | "dropped";
                            steps: {
                                [key: string]: unknown;
                            };
                            deadline: {
                                step: string;
                                due: string;
                                ruleSet: string;
                                /** @enum {string|null} */
                                urgency: "overdue" | "soon" | null;
                            } | null;
                            issues: {
                                field: string;
                                code: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                message: string;
                            }[];
                        }[];
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
                        personCode: string;
                        villageCode: string;
                        /** @description The cell that will admit the prospect */
                        cellCode?: string;
                        recommendedOn: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Put a person forward for admission in a village */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personCode: string;
                            fullName: string;
                            villageCode: string;
                            villageName: string | null;
                            cellCode: string | null;
                            /** @enum {string} */
                            stage: "recommended" | "class" | "application" | "introduced" | "checked" | "resolution" | "decision" | "probation" | "review" | "official" | "removed" | "dropped";
                            steps: {
                                [key: string]: unknown;
                            };
                            deadline: {
                                step: string;
                                due: string;
                                ruleSet: string;
                                /** @enum {string|null} */
                                urgency: "overdue" | "soon" | null;
                            } | null;
                            issues: {
                                field: string;
                                code: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                message: string;
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
                    scope?: string;
                    stage?: "recommended" | "class" | "application" | "introduced" | "checked" | "resolution" | "decision" | "probation" | "review" | "official" | "removed" | "dropped";
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Steps overdue or due within 30 days */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personCode: string;
                            fullName: string;
                            villageCode: string;
                            villageName: string | null;
                            cellCode: string | null;
                            /** @enum {string} */
                            stage: "recommended" | "class" | "application" | "introduced" | "checked" | "resolution" | "decision" | "probation" | "review" | "official" | "removed" | "dropped";
                            steps: {
                                [key: string]: unknown;
                            };
                            deadline: {
                                step: string;
                                due: string;
                                ruleSet: string;
                                /** @enum {string|null} */
                                urgency: "overdue" | "soon" | null;
                            } | null;
                            issues: {
                                field: string;
                                code: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                message: string;
                            }[];
                        }[];
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
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One admission case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personCode: string;
                            fullName: string;
                            villageCode: string;
                            villageName: string | null;
                            cellCode: string | null;
                            /** @enum {string} */
                            stage: "recommended" | "class" | "application" | "introduced" | "checked" | "resolution" | "decision" | "probation" | "review" | "official" | "removed" | "dropped";
                            steps: {
                                [key: string]: unknown;
                            };
                            deadline: {
                                step: string;
                                due: string;
                                ruleSet: string;
                                /** @enum {string|null} */
                                urgency: "overdue" | "soon" | null;
                            } | null;
                            issues: {
                                field: string;
                                code: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                message: string;
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
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        step: "certificate";
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "application";
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "introducers";
                        introducers: {
                            /** @enum {string} */
                            kind: "member" | "youthUnion";
                            personCode?: string;
                            knownSince?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        step: "check";
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "resolution";
                        date: string;
                        votesFor: number;
                        officialMembers: number;
                    } | {
                        /** @enum {string} */
                        step: "extend";
                        extended: boolean;
                    } | {
                        /** @enum {string} */
                        step: "decision";
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "ceremony";
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "review";
                        date: string;
                    } | {
                        /** @enum {string} */
                        step: "outcome";
                        date: string;
                        /** @enum {string} */
                        outcome: "official" | "removed";
                    } | {
                        /** @enum {string} */
                        step: "drop";
                        date: string;
                    };
                };
            };
            responses: {
                /** @description Record a step of the admission pipeline */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personCode: string;
                            fullName: string;
                            villageCode: string;
                            villageName: string | null;
                            cellCode: string | null;
                            /** @enum {string} */
                            stage: "recommended" | "class" | "application" | "introduced" | "checked" | "resolution" | "decision" | "probation" | "review" | "official" | "removed" | "dropped";
                            steps: {
                                [key: string]: unknown;
                            };
                            deadline: {
                                step: string;
                                due: string;
                                ruleSet: string;
                                /** @enum {string|null} */
                                urgency: "overdue" | "soon" | null;
                            } | null;
                            issues: {
                                field: string;
                                code: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                message: string;
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
                    at?: string;
                    lang?: "vi" | "en";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Members a village lacks for its own cell, and whom to transfer in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            village: string;
                            at: string;
                            ownCell: string | null;
                            coveredBy: string[];
                            official: number;
                            minimum: number;
                            shortfall: number;
                            candidates: {
                                code: string;
                                name: string;
                                priority: number;
                                fromCell: string;
                                fromVillage: string | null;
                                ownCellOfficial: number | null;
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
    "/api/villages/{code}/cell": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Found the village's own cell: the cell, its coverage and the members' placements */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        on: string;
                        cellCode: string;
                        cellName: string;
                        /** @description The commune committee the cell belongs to */
                        parentOrgCode: string;
                        /**
                         * @description Members transferred in (reinforcement), from the planner's proposals
                         * @default []
                         */
                        memberCodes?: string[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Found the village's own cell: the cell, its coverage and the members' placements */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cell: string;
                            village: string;
                            on: string;
                            official: number;
                            changes: {
                                [key: string]: {
                                    inserted: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            };
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
                    scope?: string;
                    months?: number;
                    /** @description Only those where no member is among the candidates yet */
                    noMember?: "true" | "false";
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Head elections due within some months, and whether a member stands */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                        }[];
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
    "/api/villages/{code}/elections/planned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a head election with its candidates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        plannedOn: string;
                        /** @default [] */
                        candidateCodes?: string[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Plan a head election with its candidates */
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
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        on: string;
                        candidates: {
                            personCode: string;
                            votes?: number;
                        }[];
                        winnerCode: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Record a held election; the winner's head term starts that day */
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
                    scope: string;
                    year: number;
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A unit's targets for a year and the progress made */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unitCode: string;
                            year: number;
                            from: string;
                            to: string;
                            admissions: {
                                target: number | null;
                                achieved: number;
                            };
                            whiteCleared: {
                                target: number | null;
                                achieved: number;
                            };
                            weakReduced: {
                                target: number | null;
                                achieved: number;
                            };
                            cellsFounded: {
                                target: number | null;
                                achieved: number;
                            };
                            partyHeads: {
                                target: number | null;
                                achieved: number;
                            };
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
                        unitCode: string;
                        year: number;
                        admissions?: number;
                        whiteCleared?: number;
                        weakReduced?: number;
                        cellsFounded?: number;
                        partyHeads?: number;
                    };
                };
            };
            responses: {
                /** @description Set a unit's targets for a year */
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
                /** @description Task forces of your scope and the progress of their villages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                        }[];
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
                        name: string;
                        unitCode: string;
                        validFrom: string;
                        validTo?: string;
                        note?: string;
                        /** @default [] */
                        memberCodes?: string[];
                        villageCodes: string[];
                    };
                };
            };
            responses: {
                /** @description Create a task force with its members and villages */
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
         * @description Answers the import summary: errors with sheet, row, column and value, warnings, and what changed (or would change, with dryRun=true). A dry run answers 200 whatever it finds; a real import with errors answers 422 and writes nothing. An account with a scope may only insert or change rows within it (403 OUT_OF_SCOPE otherwise). Limits: the file's size, and an archive's entries and uncompressed size read before inflating.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: check and report what would change, write nothing */
                    dryRun?: "true" | "false";
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Import one .xlsx workbook, one .zip of <sheet>.csv files or one <sheet>.csv (multipart field of any name); all or nothing */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
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
                /** @description The portal's categories */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            slug: string;
                            name: string;
                            nameEn: string | null;
                            position: number;
                        }[];
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
                /** @description Every article with its state and views */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                        }[];
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
                        title: string;
                        /** @default  */
                        summary?: string;
                        /** @default  */
                        bodyHtml?: string;
                        /** @default  */
                        authorLine?: string;
                        /** @default null */
                        categoryId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Create a draft */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An article for its editor */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
        /** Save an article's text (its publication stays as it is) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @default  */
                        summary?: string;
                        /** @default  */
                        bodyHtml?: string;
                        /** @default  */
                        authorLine?: string;
                        /** @default null */
                        categoryId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Save an article's text (its publication stays as it is) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description Publish now, or schedule for a future time (at) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Take an article off the portal now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: string;
                        /** @default  */
                        alt?: string;
                    };
                };
            };
            responses: {
                /** @description Upload an image (base64) of an article; answers its address */
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
                /** @description Every poll with its results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                        }[];
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
                        question: string;
                        /** @default false */
                        multiple?: boolean;
                        /** Format: date-time */
                        opensAt: string;
                        /**
                         * Format: date-time
                         * @default null
                         */
                        closesAt?: string | null;
                        options: string[];
                    };
                };
            };
            responses: {
                /** @description Create a poll */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        question: string;
                        /** @default false */
                        multiple?: boolean;
                        /** Format: date-time */
                        opensAt: string;
                        /**
                         * Format: date-time
                         * @default null
                         */
                        closesAt?: string | null;
                        options: string[];
                    };
                };
            };
            responses: {
                /** @description Change a poll (its options only while it has no ballot) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Visits and page views per day (Vietnam's calendar) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: string;
                            guestVisits: number;
                            memberVisits: number;
                            views: number;
                        }[];
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
        /** @description An error: its stable code and its message in Vietnamese and English */
        Error: {
            error: {
                /**
                 * @description A stable code of docs/errors.md
                 * @enum {string}
                 */
                code: "VALIDATION_FAILED" | "INVALID_DATE" | "DATE_RANGE_INVALID" | "UNKNOWN_CATEGORY" | "UNKNOWN_FLOW" | "NOT_FOUND" | "UNIT_NOT_FOUND" | "UNIT_NOT_VALID_AT" | "VILLAGE_NOT_FOUND" | "PERSON_EXISTS" | "ORG_NOT_FOUND" | "MEMBERSHIP_NOT_FOUND" | "CHANGE_REJECTED" | "HEAD_INTERIM_TOO_LONG" | "HEAD_TOO_YOUNG" | "HEAD_BIRTH_DATE_MISSING" | "HEAD_NOT_RESIDENT" | "TRANSFER_LETTER_LATE" | "TEMPORARY_TOO_SHORT" | "TEMPORARY_TOO_LONG" | "TEMPORARY_STUDY_TOO_LONG" | "PLACEMENT_NOT_FOUND" | "EXPEL_PROBATIONARY" | "READMISSION_LIMIT" | "READMISSION_TOO_SOON" | "CELL_EXISTS" | "CELL_TOO_FEW" | "CELL_MEMBER_NOT_ELIGIBLE" | "PROSPECT_NOT_FOUND" | "ADMISSION_TOO_YOUNG" | "ADMISSION_NEEDS_CONSENT" | "ADMISSION_CERTIFICATE_EXPIRED" | "ADMISSION_INTRODUCERS" | "ADMISSION_QUORUM" | "ADMISSION_LATE" | "ADMISSION_ORDER" | "PERSON_NOT_FOUND" | "IMPORT_REJECTED" | "IMPORT_FILE_UNREADABLE" | "IMPORT_MISSING_COLUMN" | "IMPORT_EXTRA_COLUMN" | "IMPORT_UNKNOWN_SHEET" | "IMPORT_MISSING_VALUE" | "IMPORT_BAD_DATE" | "IMPORT_BAD_NUMBER" | "IMPORT_BAD_CHARACTER" | "IMPORT_TOO_LONG" | "IMPORT_BAD_VALUE" | "IMPORT_DUPLICATE_ROW" | "IMPORT_UNKNOWN_CODE" | "IMPORT_WRONG_KIND" | "IMPORT_LEVEL_CHANGED" | "IMPORT_OVERLAP" | "IMPORT_RANGE" | "IMPORT_OFFICIAL_BEFORE_ADMITTED" | "IMPORT_PLACEMENT_OUTSIDE_MEMBERSHIP" | "IMPORT_VILLAGE_PARENT_NOT_COMMUNE" | "IMPORT_PARENT_LEVEL" | "IMPORT_PARENT_NOT_VALID" | "IMPORT_TWO_HEADS" | "IMPORT_TWO_OFFICIAL_PLACEMENTS" | "IMPORT_ADMITTED_TOO_YOUNG" | "IMPORT_ADMITTED_TOO_OLD" | "IMPORT_EXPELLED_PROBATIONARY" | "IMPORT_READMITTED_AGAIN" | "IMPORT_HEAD_TOO_YOUNG" | "IMPORT_CARD_WITHOUT_OFFICIAL" | "DB_SOURCE_MISSING" | "DB_CONNECT_FAILED" | "DB_DUMP_UNWRITABLE" | "DB_DUMP_INVALID" | "DB_DUMP_SCHEMA_MISMATCH" | "DB_TARGET_NOT_EMPTY" | "DB_RESTORE_FAILED" | "DB_MOVE_MISMATCH" | "AUTH_REQUIRED" | "AUTH_INVALID" | "AUTH_PASSWORD_WRONG" | "AUTH_LOCKED" | "AUTH_THROTTLED" | "SESSION_EXPIRED" | "CSRF_INVALID" | "FORBIDDEN_ROLE" | "OUT_OF_SCOPE" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "ACCOUNT_EXISTS" | "ACCOUNT_SELF_DISABLE" | "ACCOUNT_NOT_FOUND" | "UNKNOWN_ROLE" | "PAYLOAD_TOO_LARGE" | "ARCHIVE_TOO_LARGE" | "UPLOAD_UNSUPPORTED_TYPE" | "DATA_DIR_IN_USE" | "PDF_BROWSER_MISSING" | "PDF_FAILED" | "ARTICLE_NOT_FOUND" | "PORTAL_CATEGORY_NOT_FOUND" | "IMAGE_UNSUPPORTED" | "IMAGE_TOO_LARGE" | "POLL_NOT_FOUND" | "POLL_NOT_OPEN" | "POLL_ALREADY_VOTED" | "POLL_NO_CHOICE" | "POLL_SINGLE_CHOICE" | "POLL_OPTION_UNKNOWN" | "POLL_HAS_VOTES" | "INTERNAL";
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
            /** @description The roots: every province, the unit asked for, or the units of your scope */
            units: components["schemas"]["UnitNode"][];
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
