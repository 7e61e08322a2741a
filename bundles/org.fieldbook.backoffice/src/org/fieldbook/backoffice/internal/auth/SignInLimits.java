package org.fieldbook.backoffice.internal.auth;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Slows password guessing without locking the real user out. Failed sign-ins count per client address
 * (whatever the names tried) and per user name (from whichever address), each with its {@link Backoff}.
 * An attempt is held back, unchecked, while its address waits, or while its user name waits and this
 * address has itself failed for that name; so failures elsewhere never keep a user's own clean address
 * out. Every attempt let through counts as failed until its password proves right, so concurrent guesses
 * cannot all slip through one opening; a right password then takes back what it was counted for: the
 * user's failures, and the address's failures for that user.
 */
public final class SignInLimits {

    /** How many users, addresses and pairs of them each are remembered at most. */
    static final int CAPACITY = 10_000;
    private static final int LONGEST_NAME = 100;
    private static final int IPV6_NETWORK_BYTES = 8;

    private final Clock clock;
    private final Backoffs addresses;
    private final Backoffs users;
    private final Backoffs pairs;

    /** @param free failures a user name or an address may have before each further attempt waits */
    public SignInLimits(int free, Clock clock) {
        this(free, clock, CAPACITY);
    }

    SignInLimits(int free, Clock clock, int capacity) {
        this.clock = clock;
        this.addresses = new Backoffs(free, capacity);
        this.users = new Backoffs(free, capacity);
        this.pairs = new Backoffs(0, capacity);
    }

    /**
     * Asks to check a password of {@code userName} sent from {@code address}; an attempt let through counts
     * as failed until {@link #succeeded}.
     *
     * @return zero when the password may be checked now, else how long until it may
     */
    public synchronized Duration attempt(String userName, String address) {
        Instant now = clock.instant();
        String user = userKey(userName);
        String client = addressKey(address);
        Duration wait = addresses.find(client).map(backoff -> backoff.waitAt(now)).orElse(Duration.ZERO);
        boolean failedHere = pairs.find(pair(user, client)).filter(backoff -> backoff.failuresAt(now) > 0).isPresent();
        if (failedHere) {
            Duration userWait = users.find(user).map(backoff -> backoff.waitAt(now)).orElse(Duration.ZERO);
            wait = userWait.compareTo(wait) > 0 ? userWait : wait;
        }
        if (wait.isZero()) {
            addresses.of(client, now).fail(now);
            users.of(user, now).fail(now);
            pairs.of(pair(user, client), now).fail(now);
        }
        return wait;
    }

    /** Records that the attempt let through had the right password. */
    public synchronized void succeeded(String userName, String address) {
        Instant now = clock.instant();
        String user = userKey(userName);
        String client = addressKey(address);
        String pair = pair(user, client);
        int ownFailures = pairs.find(pair).map(backoff -> backoff.failuresAt(now)).orElse(0);
        addresses.find(client).ifPresent(backoff -> backoff.forgive(ownFailures, now));
        pairs.remove(pair);
        users.remove(user);
    }

    /** @return how many backoffs are remembered in all */
    synchronized int remembered() {
        return addresses.size() + users.size() + pairs.size();
    }

    private static String pair(String user, String client) {
        return user + "\n" + client;
    }

    /** No account has a longer name, so a long one is kept as its digest, of bounded size. */
    private static String userKey(String userName) {
        return userName.length() <= LONGEST_NAME ? userName : Digests.sha256(userName);
    }

    /** An IPv6 client counts by its /64 network, which one subscriber gets whole. */
    private static String addressKey(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal with a colon is parsed, never looked up.
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), IPV6_NETWORK_BYTES)) + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
