package org.triangulate.index;

/** The analyst's query could not be parsed; the message says where, in plain words. */
public class InvalidQueryException extends Exception {

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
