package org.plenary.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A second instance on a data directory in use: a short report for the operator instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryLock.DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryLock.DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the instance that uses " + cause.directory() + " first, or set PLENARY_DATA_DIR to a directory "
                        + "of this instance's own.", cause);
    }
}
