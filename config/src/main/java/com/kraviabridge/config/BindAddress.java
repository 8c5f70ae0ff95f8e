package com.kraviabridge.config;

import java.util.regex.Pattern;

/** Checks a listen address by its shape only: looking a name up would make config check depend on DNS. */
final class BindAddress {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private BindAddress() {
    }

    static boolean isValid(String address) {
        var ipv4 = IPV4.matcher(address);
        if (ipv4.matches()) {
            for (int group = 1; group <= 4; group++) {
                if (Integer.parseInt(ipv4.group(group)) > 255) {
                    return false;
                }
            }
            return true;
        }
        if (address.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return false;
        }
        return IPV6.matcher(address).matches() || HOST_NAME.matcher(address).matches();
    }
}
