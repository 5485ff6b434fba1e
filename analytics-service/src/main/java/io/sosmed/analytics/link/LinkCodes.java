package io.sosmed.analytics.link;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Unguessable short-link codes: 12 base62 characters from a SecureRandom (about 71 bits). */
public final class LinkCodes {

    static final int LENGTH = 12;
    static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{" + LENGTH + "}");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkCodes() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    public static boolean wellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
