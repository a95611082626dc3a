package io.loyaltyclub.programme.service;

import io.loyaltyclub.platform.AfterCommit;
import io.loyaltyclub.platform.Refresher;
import io.loyaltyclub.platform.Transactions;
import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.persistence.LoyaltyProgramDao;
import io.loyaltyclub.programme.persistence.LoyaltyProgramImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.OptimisticLockException;

/**
 * The programme settings, kept in memory: every posting, checkout, API request and page reads them, and reading them
 * must not cost a database connection of its own (one per request: README, "Connection budget").
 *
 * <ul>
 *   <li>Callers get a detached copy of the settings; changing it changes nothing until it is {@link #save saved}.</li>
 *   <li>After a save on this node commits, this node has the saved settings at once.</li>
 *   <li>The club's {@link Refresher} reads them again every {@code loyalty.programme.refreshSeconds} (10), so that
 *   a save on another node (the admin is a JVM of its own) is seen here within that time.</li>
 *   <li>Only the first read of a node, before anything is kept, goes to the database on the caller's thread,
 *   inside the caller's transaction when it has one, never in a second one.</li>
 * </ul>
 */
@Service("loyaltyProgramService")
public class LoyaltyProgramServiceImpl implements LoyaltyProgramService {

    static final String DEFAULT_TERMS = "/loyalty-defaults/terms.html";

    @Resource(name = "loyaltyProgramDao")
    protected LoyaltyProgramDao programDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "loyaltyRefresher")
    protected Refresher refresher;

    /** How often this node reads the settings again: the longest a save on another node takes to be seen here. */
    @Value("${loyalty.programme.refreshSeconds:10}")
    protected long refreshSeconds = 10;

    protected Transactions transactions;
    protected Refresher.Reload refreshing;
    /** The settings as last read or saved; never handed out, only copies of it. */
    protected volatile LoyaltyProgramImpl kept;

    @PostConstruct
    public void init() {
        transactions = new Transactions(transactionManager);
        refreshing = refresher.every("the loyalty programme settings", refreshSeconds, this::refresh);
    }

    @PreDestroy
    public void stop() {
        if (refreshing != null) {
            refreshing.cancel();
        }
    }

    @Override
    public LoyaltyProgram findProgramme() {
        LoyaltyProgramImpl current = kept;
        if (current == null) {
            current = firstRead();
        }
        return current.detachedCopy();
    }

    @Override
    public void settingsChanged() {
        AfterCommit.run("the saved programme settings", new Runnable() {
            @Override
            public void run() {
                kept = null;
                refreshing.soon();
            }
        });
    }

    /** Reads the settings again (the refresher's thread, alone or in one transaction with the other reloads). */
    protected void refresh() {
        LoyaltyProgram found = transactions.run(status -> programDao.find());
        if (found != null) {
            keep(copyOf(found));
        } else if (kept == null) {
            firstRead();
        }
    }

    /**
     * The settings read on the caller's thread, within its transaction if it has one. A missing row is created in a
     * transaction of its own only when the caller has none; inside a caller's transaction a node's very first read
     * gets the spec's defaults (what the row will be created with) and the refresher creates the row at once, outside
     * any transaction (also when the caller is the refresher's shared transaction).
     */
    private LoyaltyProgramImpl firstRead() {
        LoyaltyProgram found = transactions.run(status -> programDao.find());
        if (found != null) {
            return keep(copyOf(found));
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            refreshing.soon();
            LoyaltyProgramImpl defaults = (LoyaltyProgramImpl) programDao.create();
            defaults.setTermsText(defaultTerms());
            return defaults;
        }
        try {
            return keep(copyOf(transactions.run(status -> {
                LoyaltyProgram created = programDao.create();
                created.setTermsText(defaultTerms());
                return programDao.save(created);
            })));
        } catch (RuntimeException lostRace) {
            // Another node or thread created it first; the unique site key refused our copy.
            found = transactions.run(status -> programDao.find());
            if (found == null) {
                throw lostRace;
            }
            return keep(copyOf(found));
        }
    }

    /** Keeps {@code read} unless what is kept is newer (a read that began before a save committed ends after it). */
    private synchronized LoyaltyProgramImpl keep(LoyaltyProgramImpl read) {
        LoyaltyProgramImpl current = kept;
        if (current != null && current.getVersion() != null
                && (read.getVersion() == null || read.getVersion() < current.getVersion())) {
            return current;
        }
        kept = read;
        return read;
    }

    private static LoyaltyProgramImpl copyOf(LoyaltyProgram programme) {
        return ((LoyaltyProgramImpl) programme).detachedCopy();
    }

    @Override
    @Transactional("blTransactionManager")
    public LoyaltyProgram save(LoyaltyProgram programme) {
        List<String> problems = new ArrayList<String>();
        for (ProgrammeRules.Problem problem : programme.toRules().problems()) {
            problems.add(problem.getMessage());
        }
        if (isBlank(programme.getName())) {
            problems.add("Give the club a name.");
        }
        if (isBlank(programme.getTermsVersion())) {
            problems.add("Give the terms a version.");
        }
        if (isBlank(programme.getTermsText())) {
            problems.add("Write the club terms.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidProgrammeException(problems);
        }
        final LoyaltyProgram saved;
        try {
            saved = programDao.save(programme);
        } catch (OptimisticLockException e) {
            throw new StaleProgrammeException();
        }
        AfterCommit.run("the saved programme settings", new Runnable() {
            @Override
            public void run() {
                keep(copyOf(saved));
            }
        });
        return saved;
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    static String defaultTerms() {
        InputStream in = LoyaltyProgramServiceImpl.class.getResourceAsStream(DEFAULT_TERMS);
        if (in == null) {
            throw new IllegalStateException("The plugin jar is missing " + DEFAULT_TERMS);
        }
        try (Scanner scanner = new Scanner(in, StandardCharsets.UTF_8.name())) {
            return scanner.useDelimiter("\\A").next().trim();
        }
    }
}
