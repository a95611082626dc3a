package io.loyaltyclub.programme.service;

import io.loyaltyclub.programme.domain.ProgrammeRules;
import io.loyaltyclub.programme.persistence.LoyaltyProgram;
import io.loyaltyclub.programme.persistence.LoyaltyProgramDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;
import javax.annotation.PostConstruct;
import javax.persistence.OptimisticLockException;
import javax.annotation.Resource;

@Service("loyaltyProgramService")
public class LoyaltyProgramServiceImpl implements LoyaltyProgramService {

    static final String DEFAULT_TERMS = "/loyalty-defaults/terms.html";

    @Resource(name = "loyaltyProgramDao")
    protected LoyaltyProgramDao programDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    protected TransactionTemplate newTransaction;

    @PostConstruct
    public void init() {
        newTransaction = new TransactionTemplate(transactionManager);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public LoyaltyProgram findProgramme() {
        LoyaltyProgram programme = readInNewTransaction();
        if (programme != null) {
            return programme;
        }
        try {
            return newTransaction.execute(new TransactionCallback<LoyaltyProgram>() {
                @Override
                public LoyaltyProgram doInTransaction(TransactionStatus status) {
                    LoyaltyProgram created = programDao.create();
                    created.setTermsText(defaultTerms());
                    return programDao.save(created);
                }
            });
        } catch (RuntimeException lostRace) {
            // Another node or thread created it first; the unique site key refused our copy.
            programme = readInNewTransaction();
            if (programme == null) {
                throw lostRace;
            }
            return programme;
        }
    }

    private LoyaltyProgram readInNewTransaction() {
        return newTransaction.execute(new TransactionCallback<LoyaltyProgram>() {
            @Override
            public LoyaltyProgram doInTransaction(TransactionStatus status) {
                return programDao.find();
            }
        });
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
        try {
            return programDao.save(programme);
        } catch (OptimisticLockException e) {
            throw new StaleProgrammeException();
        }
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
