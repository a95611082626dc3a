package io.loyaltyclub.member.service;

/** The club is not open to shoppers yet (programme settings); nobody can join. */
public class ClubClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClubClosedException() {
        super("The loyalty club is not open yet");
    }
}
