# Criterion -> (status, code, tests). Tests are `Class` or `Class.Method` names from tests/.
# Paths are under src/Frontline.<Project>/ (Domain, Data, Web/Features).
MAP.update({
    # CC32 Support customers and colleagues
    ("CC32", "1.1"): ("done",
        "`Domain/Customers/IdvPolicy.cs`, `IdentityVerification.cs`, `SecretHash.cs`; `Features/Customers/IdvPolicies.cs` (IIdentityAssurance); `Pages/VerificationPanel.razor` in the agent workspace; `Pages/ThirdPartyEditor.razor`, `SecretsEditor.razor`, `CustomerAlertsPage.razor`",
        "`VerificationApiTests.Start_ReturnsChallenge_AndCorrectAnswersPassAtHigh_RecordedWithoutAnswers`, `IdvPolicyTests`, `CustomersBrowserTests.Agent_SearchesCustomer_OpensIt_AndPassesIdv_InThePanel`, `CustomersBrowserTests.Agent_AddsThirdParty_EndedAuthorityIsRefusedAndKept_ThenListed`, `CustomersBrowserTests.Manager_SetsSecrets_BadPasscodeIsRefused_SecretsAreNeverShown`, `CustomersBrowserTests.Supervisor_AcknowledgesLockoutAlert_AndReleasesTheLock`, `AgentWorkspaceBrowserTests`"),
    ("CC32", "1.2"): ("done",
        "`Domain/Catalogue/Product.cs` (overview, approved wording); `Features/Catalogue/ProductEndpoints.cs`; `Pages/ProductOverview.razor`; product panel of `Features/Cases/Pages/LiveContactPage.razor`",
        "`ProductApiTests.CreateProduct_AsManager_Returns201_AndAgentReadsOverviewInApprovedWording`, `CatalogueBrowserTests.Agent_ConfirmsDisclosuresForAContact_AndManagerSeesArticleAcknowledgements`, `AgentWorkspaceBrowserTests`"),
    ("CC32", "1.3"): ("done",
        "`Domain/Cases/AuthorityMatrix.cs`; `Features/Cases/TakeCaseAction.cs`, `AuthorityMatrixStore.cs` (IAuthorityCheck); `Pages/CaseDetailPage.razor`, agent workspace",
        "`AuthorityApiTests.TakeAction_WithinAuthority_201_BeyondIt_403NamingGradeAndLimit_WithReferralOffered_BothRecorded`, `AuthorityMatrixTests`, `ReferralBrowserTests`"),
    ("CC32", "1.4"): ("done",
        "`Domain/Catalogue/ProductEligibility.cs`; `Features/Catalogue/ProductCatalogue.cs` (eligibility check), `ConfirmDisclosures.cs`; `Pages/ProductDisclosures.razor`",
        "`ProductApiTests.EligibilityCheck_ReturnsEligibleOrReasons_AndValidatesFacts`, `ProductApiTests.Disclosures_AgentConfirmsReadOut_ForAContact_AndOutstandingShrinks`, `ProductEligibilityTests`"),
    ("CC32", "1.5"): ("done",
        "`Domain/Cases/Referral.cs`; `Features/Cases/ReferCase.cs` (ReferCase, HandleReferral); `Pages/ReferralsPage.razor`; prefilled referral in the agent workspace",
        "`ReferralApiTests.BeyondAuthority_AgentRefersToTeamLeader_WhoAcceptsAndResolvesTakingTheActionWithinTheirAuthority`, `ReferralBrowserTests`, `AgentWorkspaceBrowserTests`"),
    ("CC32", "1.6"): ("done",
        "`Features/Cases/OpenCase.cs`, `RecordContacts.cs`; `Features/Complaints/RecordComplaint.cs`, `Pages/NewComplaint.razor`",
        "`CasesApiTests.OpenCase_Returns201_WithDueDateFromServiceTarget_InBusinessHours`, `ContactsApiTests.CreateContact_WithCardNumberInNotes_Returns201_AndStoresRedactedNotes`, `ComplaintsApiTests.CreateComplaint_Returns201WithVersionAndClocks_AndGetAnswersTheSameDates`, `ComplaintsBrowserTests`"),
    ("CC32", "3.1"): ("partial",
        "Knowledge articles: `Domain/Catalogue/KnowledgeArticle.cs`; `Features/Catalogue/ManageArticles.cs`, `KnowledgeEndpoints.cs`; `Pages/ArticlePage.razor` (buddying is in People & development, not built)",
        "`KnowledgeApiTests.Article_GoesDraftReviewPublished_ApprovedByTrainerNotAuthor_AgentsSeeOnlyPublished`, `KnowledgeArticleTests`"),
    ("CC32", "4.3"): ("done",
        "`Domain/Catalogue/Product.cs` (information sources), linked articles on `Pages/ProductOverview.razor`; knowledge search",
        "`ProductApiTests.CreateProduct_AsManager_Returns201_AndAgentReadsOverviewInApprovedWording`, `KnowledgeApiTests.Search_IsCaseInsensitiveOverTitleAndBody_AndStatusFilters`"),
    ("CC32", "4.4"): ("done",
        "`Features/Catalogue/Acknowledgements.cs`, `KnowledgeBase.cs` (revisions, diff, due for review); `Pages/AcknowledgementsPage.razor`",
        "`KnowledgeApiTests.Acknowledgements_AgentsInAudienceAcknowledge_ManagerSeesWhoHasNot_TeamLeaderSeesTheirTeam`, `ProductApiTests.ProductAcknowledgement_MaterialChangeAsksAgainAndTeamLeaderSeesOnlyTheirTeam`, `KnowledgeApiTests.Revisions_KeepHistoryWithDiff_PublishedStaysVisibleWhileRevised_AndStaleVersionIs409`"),
    ("CC32", "4.5"): ("done",
        "`Domain/Customers/IdvPolicy.cs`, `SecretHash.cs`, `VerificationLockout`; `Features/Customers/CustomerDirectory.cs` (search, masking by role)",
        "`LockoutTests`, `VerificationApiTests.ThreeFailures_Lock_RaiseAnAlert_AndStartingAgainIs423_UntilThePeriodEnds`, `CustomerApiTests.Trainer_And_QualityAnalyst_SeeMaskedPersonalData`"),
    # CCTC9 Principles of customer service
    ("CCTC9", "1.1"): ("done",
        "`Domain/Catalogue/Product.cs` (ProductFeature: feature and benefit); features table in `Pages/ProductOverview.razor` and the workspace",
        "`ProductApiTests.CreateProduct_AsManager_Returns201_AndAgentReadsOverviewInApprovedWording`, `CatalogueDemoTests`"),
    ("CCTC9", "1.2"): ("partial",
        "PCI DSS: `Domain/Platform/CardNumberRedactor.cs` applied to every text column on every save by `Data/Platform/CardNumberScrubber.cs` (called in `FrontlineDbContext.SaveChangesAsync`) and to every log event by `Features/Platform/CardNumberLogRedaction.cs`; data protection: `Data/Platform/AuditTrail.cs` (personal data masked), role masking in `Features/Customers/CustomerDirectory.cs`; distance selling: 14-day cancellation disclosure. The compliance register is not built.",
        "`CardNumberRedactionTests`, `CardNumberSweepTests`, `ContactsApiTests.Batch_MixedRows_AcceptsGoodOnes_ReportsBadByIndex_WithOneSummaryAuditEntry`, `AuditApiTests.CreatingStaff_WritesAuditEntries_WithPersonalDataMaskedAndSecretsLeftOut`, `CustomerApiTests.Trainer_And_QualityAnalyst_SeeMaskedPersonalData`"),
    ("CCTC9", "2.1"): ("done",
        "`Domain/Cases/Referral.cs` (reasons; verbal and written modes; response targets); `Features/Cases/ReferCase.cs`",
        "`ReferralApiTests.Refer_BadInput_AnswersPerField_AndOtherTeamsLeaderCannotSeeOrAct`, `ReferralApiTests.Refer_ResponseTarget_VerbalWithinTheBusinessHour_WrittenWithinABusinessDay`"),
    ("CCTC9", "2.2"): ("done",
        "`Domain/Customers/IdvPolicy.cs`; `Features/Customers/IdvPolicies.cs`; `Pages/IdvPolicyPage.razor`",
        "`IdvPolicyApiTests.Policy_ManagersReadAndChangeIt_AgentsAre403_StaleIs409_InvalidIs400_AndOneTimeCodesWork`, `CustomersBrowserTests.Manager_ChangesIdvPolicy_InvalidValueIsRefusedAndKept_ThenSaved`"),
    ("CCTC9", "2.4"): ("done",
        "`Features/Complaints/PutThingsRight.cs` (options with cost, benefit and authority; redress authority-checked); `Features/Cases/TakeCaseAction.cs`",
        "`ComplaintsApiTests.FromReceiptToClosure_WithOptionsRedressLetters_AndClosedComplaintCannotBeEdited`, `ComplaintAuthorityTests.RedressAboveAuthority_IsRecordedWithAReferral_NotBlocked_AndTheChainShowsInAnalysis`"),
    ("CCTC9", "2.5"): ("done",
        "`Features/Cases/OpenCase.cs` (RecordCustomerUpdate: what was said, channel, constraint and reason), `CaseDirectory.cs` (needs-update queue)",
        "`CasesApiTests.Queues_Mine_Overdue_NeedsUpdate`, `CasesApiTests.CustomerUpdate_BadInput_AnswersPerField_AndRedacts`, `CasesRulesTests.NeedsUpdate_CountsBusinessDaysSinceTheLastUpdate`"),
    ("CCTC9", "4.2"): ("partial",
        "Vulnerability needs and communication needs: `Domain/Customers/CustomerVulnerability.cs`, recorded in `Pages/VulnerabilityEditor.razor`, banner in `Pages/CustomerDetails.razor` and the agent workspace (language checks belong to Communications, not built)",
        "`CustomerApiTests.Vulnerability_NeedsConsent_ShowsInSummary_IsVersioned_AndCanBeRemoved`, `CustomersBrowserTests.Agent_RecordsSupportNeeds_WithoutConsentIsRefusedAndKept_ThenShownOnTheRecord`"),
    # CC26 Coordinate customer communication processes
    ("CC26", "4.1"): ("done",
        "`Domain/Catalogue/Product.cs` (CompetitorComparison); comparison table in `Pages/ProductOverview.razor`",
        "`ProductApiTests.CreateProduct_AsManager_Returns201_AndAgentReadsOverviewInApprovedWording`, `CatalogueDemoTests`"),
    # CC33 Maintain customer support operations
    ("CC33", "1.3"): ("done",
        "`Domain/Actions/ImprovementAction.cs` (done needs evidence; effectiveness check); `Features/Actions/` (IImprovementActions for every module, `ListActions.cs`, `UpdateAction.cs`, `OverdueActionReminders.cs`, `Pages/ActionsPage.razor`, `ActionDetail.razor`, `NewAction.razor`); complaints' remedial actions are improvement actions. Actions raised from evaluations, audits and breaches come with the Quality and Compliance modules",
        "`ActionsApiTests.Progress_DoneNeedsEvidence_ThenEffectivenessCheck_StaleVersionIs409`, `ActionsApiTests.Scope_OwnerTeamLeaderAndCentreSee_OthersGet404_AgentsCannotRaise`, `ActionsApiTests.ComplaintRemedialAction_IsAnImprovementAction_AndTheComplaintStillShowsIt`, `ComplaintActionsMigrationTests`, `OverdueReminderTests`, `ActionsBrowserTests`"),
    ("CC33", "2.1"): ("done",
        "`Domain/Complaints/Complaint.cs`, `Taxonomy.cs`; `Features/Complaints/RecordComplaint.cs`, `UpdateComplaint.cs` (product group, cause, complainant type, time bars)",
        "`ComplaintsApiTests.CreateComplaint_BadInput_Answers400WithField_AndSavesNothing`, `ComplaintsApiTests.Patch_WithStaleVersion_Answers409_WithIfMatchWorks_AndWithoutVersionAnswers400`"),
    ("CC33", "2.2"): ("done",
        "`Domain/Complaints/ComplaintParts.cs` (options with advantages and disadvantages); `Pages/ComplaintDetail.razor`",
        "`ComplaintsBrowserTests`, `ComplaintsApiTests.FromReceiptToClosure_WithOptionsRedressLetters_AndClosedComplaintCannotBeEdited`"),
    ("CC33", "2.3"): ("done",
        "`Domain/Complaints/Complaint.cs` (AgreeOption: how and when)",
        "`ComplaintsApiTests.FromReceiptToClosure_WithOptionsRedressLetters_AndClosedComplaintCannotBeEdited`, `ComplaintLifecycleTests.Agreeing_needs_one_of_the_complaints_options`"),
    ("CC33", "2.4"): ("done",
        "`Domain/Complaints/Complaint.cs` (Close: outcome, root cause), `Features/Complaints/IssueComplaintLetter.cs` (final response with mandatory content)",
        "`ComplaintLifecycleTests.Closing_needs_outcome_and_root_cause`, `ComplaintsApiTests.Letter_MissingMandatoryContent_CannotBeIssued_AndNothingIsSaved`, `ComplaintClockTests`"),
    ("CC33", "2.5"): ("done",
        "`Features/Complaints/ComplaintAnalysis.cs` (root causes, learning themes, expected volume band), `Pages/ComplaintsDashboard.razor`, FCA return `ComplaintsReturn.cs`",
        "`ComplaintsApiTests.Analysis_Return_AndDrillDown_CountClosedComplaints`"),
    ("CC33", "4.4"): ("done",
        "Complaint referrals and referral chains in `Features/Complaints/ComplaintAnalysis.cs`; case referral chains in `Features/Cases/ReferCase.cs`",
        "`ComplaintAuthorityTests.RedressAboveAuthority_IsRecordedWithAReferral_NotBlocked_AndTheChainShowsInAnalysis`, `ReferralApiTests.Resolve_WithActionBeyondTheResolversAuthority_Answers403_AndLeavesReferralOpen_ThenChainGrowsToManagers`"),
    ("CC33", "4.5"): ("done",
        "Case history, pauses, actions, referrals, updates (`Features/Cases/CaseDirectory.cs`); complaint record (`Features/Complaints/ComplaintStore.cs`); hash-chained audit trail (`Data/Platform/AuditTrail.cs`)",
        "`CasesApiTests.AwaitingCustomer_PausesTheClock_EveryPauseRecorded_AndDueDateMoves`, `CaseLifecycleTests`, `AuditApiTests`, `AuditChainTests`"),
    ("CC33", "4.6"): ("done",
        "Options with cost, benefit and authority (`Features/Complaints/PutThingsRight.cs`); authority-checked case actions (`Features/Cases/TakeCaseAction.cs`)",
        "`ComplaintAuthorityTests.RedressAboveAuthority_IsRecordedWithAReferral_NotBlocked_AndTheChainShowsInAnalysis`, `AuthorityMatrixTests`"),
})

# Communications: communication policies with management sign-off, message templates, language checks (branch communications).
_cctc9_42 = MAP[("CCTC9", "4.2")]
MAP.update({
    ("CC26", "1.2"): ("done",
        "Policies drafted as clauses under the standard components, reviewed with comments per clause, versioned with a clause diff: `Domain/Communications/CommunicationPolicy.cs`, `PolicyComponent.cs`, `PolicyDiff.cs` (DiffPlex); `Features/Communications/DraftPolicy.cs`, `SavePolicyDraft.cs`, `CommentOnClause.cs`, `AnswerComment.cs`, `StartPolicyVersion.cs`, `PolicyDirectory.cs`; `Pages/PolicyEditorPage.razor`, `PolicyPage.razor`, `PolicyDiffPage.razor`",
        "`CommunicationPolicyTests`, `PolicyApiTests.ReviewComments_BlockSubmissionUntilResolved_StaleRevision409_AndRolesAndScope`, `PolicyApiTests.NextVersion_DiffClauseByClause_PublishingSupersedesTheOld_WhichCannotBeAgreed`, `CommunicationsBrowserTests`"),
    ("CC26", "1.3"): ("done",
        "Management agreement: each manager's agreement or rejection recorded (who, role, when, comment, round), the author may not sign, publish refused until every required agreement, rejection returns to draft with reasons, PDF with the sign-off record: `CommunicationPolicy.Decide/Publish`; `Features/Communications/SubmitPolicy.cs`, `DecideOnPolicy.cs`, `PublishPolicy.cs`, `AcknowledgePolicy.cs`, `PolicyPdf.cs`",
        "`CommunicationPolicyTests.Workflow_ReviewCommentsResolved_Submitted_TwoManagersAgree_ThenPublished_AndAcknowledged`, `CommunicationPolicyTests.Rejection_ReturnsToDraftWithReasons_KeepsTheSignOffsAsHistory_AndANewRoundStarts`, `PolicyApiTests.SignOff_CannotPublishUntilEveryRequiredAgreement_AuthorMayNotSign_ThenPublished_AndAnAgentAcknowledges`, `PolicyApiTests.Rejection_ReturnsToDraftWithReasons_AndTellsTheAuthor_IncompletePolicyCannotBeSubmitted_NothingHalfSaved`, `CommunicationsBrowserTests`"),
    ("CC26", "4.3"): ("done",
        "The components of a communication policy, mandatory ones checked before submission: `Domain/Communications/PolicyComponent.cs` (`PolicyComponents.Mandatory`, `Missing`); editor slots per component in `Pages/PolicyEditorPage.razor`",
        "`CommunicationPolicyTests.Completeness_ListsEachMandatoryComponentWithoutAClause_AndSubmitRefusesIt`, `PolicyApiTests.Rejection_ReturnsToDraftWithReasons_AndTellsTheAuthor_IncompletePolicyCannotBeSubmitted_NothingHalfSaved`"),
    ("CC26", "4.2"): ("partial",
        "Regulatory requirements are a mandatory policy component (`PolicyComponent.RegulatoryRequirements`); links to the Compliance register and regulatory-change review flags are not built",
        "`CommunicationPolicyTests.Completeness_ListsEachMandatoryComponentWithoutAClause_AndSubmitRefusesIt`"),
    ("CC26", "1.1"): ("partial",
        "Cost per contact formula (handling time × staff cost per hour + per-contact costs + monthly cost ÷ volume): `Domain/Communications/ChannelCost.cs`; the channel catalogue, figures from the centre's data and evaluations are not built",
        "`ChannelCostTests`"),
    ("CCTC9", "4.2"): ("done",
        _cctc9_42[1].replace(" (language checks belong to Communications, not built)", "") + "; language checks (readability against the policy's target, long sentences, jargon with plain alternatives, banned phrases, passive voice, SMS encoding and segments, required elements): `Domain/Communications/LanguageChecker.cs`, `Readability.cs`, `SmsSegments.cs`, `LanguageRules.cs`; live with htmx in `Pages/LanguageCheckPage.razor` and the template editor; templates with large-print, easy-read and Welsh variants chosen from the customer's recorded needs: `Domain/Communications/MessageTemplate.cs`, `Features/Communications/TemplateEngine.cs` (Fluid), `UseTemplate.cs`, `Features/Customers/ICustomerCommunicationNeeds.cs`",
        _cctc9_42[2] + ", `LanguageCheckerTests`, `MessageTemplateTests`, `LanguageCheckApiTests.LanguageCheck_Contract_ReadabilityJargonAndSmsSegments_SmsOnlyForSms`, `TemplateApiTests.Template_BlockingCheckStopsApproval_FixedThenApproved_BadPlaceholdersAndTagsRefused_NothingSaved`, `TemplateApiTests.Use_ChoosesTheVariantFromTheCustomersRecordedNeeds_AndSmsSegmentsAreMeasuredOnTheFilledText`, `CommunicationsBrowserTests`"),
})

# Quality monitoring: scorecards, evaluations with feedback and disputes, calibration (branch quality-core).
MAP.update({
    ("CC32", "2.1"): ("done",
        "`Domain/Quality/Scorecard.cs`, `ScoringRule.cs`, `Evaluation.cs` (compliance-critical criteria name the requirement they protect; a failure is flagged); `Features/Quality/StartEvaluation.cs`, `EvaluationRecords.cs` (the contact, its ID&V, disclosures, case and complaints beside the evaluation), `IQualityFindings.cs` (seam to Compliance); `Pages/NewEvaluationPage.razor`, `EvaluationPage.razor`",
        "`ScoringRuleTests`, `QualityApiTests.Evaluation_CriticalFailure_ScoresZero_BandFail_FlagsCompliance`, `QualityApiTests.Evaluation_Create201_ScoredByTheRule_AgentSeesOwnOnly_TeamLeaderTheirTeam_Others404`, `QualityBrowserTests`"),
    ("CCTC9", "2.3"): ("partial",
        "Rapport criteria with guidance for the evaluator (customer's name, empathy statements, checking understanding) on the demo phone and written scorecards: `Features/Quality/QualityDemoSeeder.cs`; guidance shown beside each criterion in `Pages/AnswerInputs.razor`; `rapport-empathy` development area (`Domain/Quality/QualitySkills.cs`). Communications templates are not built.",
        "`QualityApiTests.Evaluation_Create201_ScoredByTheRule_AgentSeesOwnOnly_TeamLeaderTheirTeam_Others404`, `ScorecardTests.Skills_AcceptCodeOrName`, `DemoCentreTests`"),
    ("CCTC9", "3.1"): ("partial",
        "Scope of monitoring as scorecards per channel with compliance-critical criteria naming the regulation or code they protect (PCI DSS, DISP 1.3, ID&V procedure, disclosures): `Domain/Quality/Scorecard.cs`; `Features/Quality/QualityDemoSeeder.cs`; `Pages/ScorecardPage.razor`, `ScorecardEditor.razor`. Audits of working practices and the Compliance register are not in this branch.",
        "`ScorecardTests.Published_NeverChanges_EditingMakesANewDraft_ThatKeepsCriterionKeys`, `QualityApiTests.Scorecard_Create201_WithIdsInOrder_Publish200_ThenEditingMakesVersion2_AndVersion1NeverChanges`, `QualityBrowserTests`"),
    ("CC33", "1.1"): ("partial",
        "Spot checks of contacts as evaluations beside the record, with feedback, acknowledgement, disputes arbitrated by the team leader or a lead analyst, and calibration of evaluators: `Features/Quality/StartEvaluation.cs`, `DisputeEvaluation.cs`, `DecideDispute.cs`, `PlanCalibration.cs`, `EvaluatorAlignment.cs`; `Pages/EvaluationsPage.razor`, `CalibrationPage.razor`. Sampling plans and draws come from the quality-ops branch.",
        "`QualityApiTests.Dispute_Once_EvaluatorCannotArbitrate_TeamLeaderUpholds_ScoreRecomputed_HistoryKept`, `QualityApiTests.Calibration_BlindUntilAllScore_ThenSpreadAndDeviationFromReference_AndAlignmentOverTime`, `CalibrationTests`, `EvaluationTests`, `QualityBrowserTests`"),
})

# Quality operations: audits of working practices, customer feedback, spot-check sampling, dashboard (branch quality-ops).
# CC32 2.1 and CCTC9 3.1 keep quality-core's text and add the sampling part.
_core_cc32_21 = MAP[("CC32", "2.1")]
_core_cctc9_31 = MAP[("CCTC9", "3.1")]
MAP.update({
    ("CC32", "2.1"): ("done",
        _core_cc32_21[1] + "; spot-check sampling plans with reproducible draws, coverage and the evaluator queue: `Domain/Quality/Sampling/SampleDrawer.cs`, `SamplingPlan.cs`; `Features/Quality/Sampling/DrawSample.cs`, `SamplingDirectory.cs`; `Features/Cases/ISamplingContacts.cs`; `Sampling/Pages/SamplingPlansPage.razor`, `SamplingPlanPage.razor`, `EvaluatorQueuePage.razor`; quality dashboard `Features/Quality/Dashboard/QualityDashboard.cs`",
        _core_cc32_21[2] + ", `SampleDrawerTests`, `SamplingApiTests.Draw_AssignsPerPerson_ShowsShortfall_RecordsTheSeed_OncePerPeriod`, `SamplingApiTests.Coverage_CountsDoneWhenAnEvaluationIsSubmitted_AndOverdueAfterTheDueDate`, `DashboardApiTests`"),
    ("CCTC9", "3.1"): ("done",
        _core_cctc9_31[1].replace(" Audits of working practices and the Compliance register are not in this branch.", "") + "; monitoring plans (who, how often, which contacts: channel, queue, outcome, duration, complaint raised, support needs, low feedback score) in `Features/Quality/Sampling/`; audits of working practices against named requirements in `Features/Quality/Audits/` (the Compliance register is not built: requirements are free text)",
        _core_cctc9_31[2] + ", `SamplingApiTests.Filters_ChannelAndLowFeedbackScore`, `AuditsApiTests.Programme_FlagsOverdueAudits_AndRefusesStaleOrBadChanges`"),
    ("CCTC9", "4.4"): ("done",
        "`Domain/Quality/Feedback/Survey.cs` (CSAT 1–5, NPS 0–10, effort 1–7, free text; low-score rule), `SurveyInvitation.cs`, `SurveyLink.cs` (HMAC-signed expiring link); `Features/Quality/Feedback/InviteToSurvey.cs`, `AnswerSurvey.cs` (public, once per link), `ImportSurveyResponses.cs` (CSV); `Feedback/Pages/SurveyAnswerPage.razor` (public), `FeedbackPage.razor`; CSAT/NPS by agent and team on `Dashboard/Pages/QualityDashboardPage.razor`; low scores qualify contacts for sampling (`DrawSample.cs`)",
        "`FeedbackApiTests.Survey_LinkAnsweredOnce_TamperedAndExpiredRefused_ResponseLinkedToContactAndAgent`, `FeedbackApiTests.Responses_ImportByCsv_OnceEach_BadRowsReported`, `FeedbackApiTests.Invitation_BadInputAndScope`, `QualityOpsBrowserTests.Customer_AnswersASurvey_OnThePublicPage_AndTheLinkWorksOnce`, `SamplingApiTests.Filters_ChannelAndLowFeedbackScore`"),
    ("CC33", "1.2"): ("done",
        "Audit programme (practice, scope, frequency, lead auditor, requirements, next due; overdue flagged): `Domain/Quality/Audits/AuditProgramme.cs`; checklists `AuditChecklist.cs`; audits with evidence and findings `Audit.cs`; `Features/Quality/Audits/PlanAudit.cs`, `StartAudit.cs`, `RecordAuditFinding.cs`, `CloseAudit.cs`; `Audits/Pages/AuditsPage.razor`, `AuditRunPage.razor`",
        "`AuditsApiTests.Programme_FlagsOverdueAudits_AndRefusesStaleOrBadChanges`, `AuditsApiTests.Audit_FindingsRaiseActions_ReportClosesIt_AndThePdfDownloads`, `QualityOpsBrowserTests.Analyst_RunsAnAudit_MajorFindingRaisesAnActionInTheOwnersInbox_ReportClosesIt`"),
    ("CC33", "4.2"): ("done",
        "Minor and major audit findings raise improvement actions (owner and due date chosen by the auditor, owner notified by the register) through `IImprovementActions`: `Features/Quality/Audits/RecordAuditFinding.cs`; the audit closes only when every finding is recorded and actioned and the report is written; PDF report `AuditReportPdf.cs` (PDFsharp, embedded DejaVu Sans)",
        "`AuditsApiTests.Audit_FindingsRaiseActions_ReportClosesIt_AndThePdfDownloads`, `QualityOpsBrowserTests.Analyst_RunsAnAudit_MajorFindingRaisesAnActionInTheOwnersInbox_ReportClosesIt`"),
})

# People & development (issue 12, branch people-dev): skills framework, development needs, plans and coaching.
MAP.update({
    ("CC26", "3.1"): ("done",
        "Skills framework (editable, seeded, linked to scorecard criteria and KPIs): `Domain/People/Development/Skill.cs`, `Features/People/Development/SkillsFramework.cs`, `SaveSkill.cs`; development needs per person with source and evidence, merged by skill: `Domain/People/Development/DevelopmentNeed.cs`; `Features/People/IDevelopmentNeeds.cs` (the seam Quality, Compliance and Performance call), `Development/RaiseDevelopmentNeed.cs`, `RecordNeed.cs` (observation, feedback, self-assessment), `NeedsDirectory.cs` (person, team's common needs); Quality's development areas and low linked criteria arrive through `Features/Quality/IQualityDevelopmentAreas.cs` → `Development/QualityDevelopmentAreasToNeeds.cs`",
        "`DevelopmentNeedTests`, `DevelopmentApiTests.Needs_FromEvaluationDevelopmentAreas_MergeBySkill_WithEachEvaluationAsASource_AndLowLinkedCriterion`, `DevelopmentApiTests.Needs_ThroughIDevelopmentNeeds_BreachAndRedKpi_ResolveSkills_SameRecordOnce_SavedOnlyWithTheCaller`, `DevelopmentApiTests.Needs_RecordedByPeople_ObservationBySupporter_SelfAssessmentByThePerson_OthersRefused`, `DevelopmentApiTests.Skills_SeededFramework_EditableByTrainers_NotAgents_Stale409_DuplicateName409`"),
    ("CC26", "3.2"): ("partial",
        "Development plans with objectives (policy objective as text until Communications publishes objectives, measure, target) and activities by method with owner, dates, status and notes: `Domain/People/Development/DevelopmentPlan.cs`; coaching sessions acknowledged by the colleague: `CoachingSession.cs`; strict visibility `DevelopmentVisibility.cs`; `Features/People/Development/CreatePlan.cs`, `ChangePlan.cs`, `RecordCoachingSession.cs`, `PlanDirectory.cs`",
        "`DevelopmentApiTests.Plan_Create201_ThenVisibility_Person_Leader_LineManager_Trainer_Manager_200_Everyone_Else_404`, `DevelopmentApiTests.Plan_BadInput_OutsideScope404_EndsBeforeStart_SelfPlan403_InactiveOwner_NothingSaved_StaleEdit409`, `DevelopmentApiTests.Coaching_RecordedBySupporter_AcknowledgedByTheColleagueOnly_Once`, `DevelopmentNeedTests.Visibility_Person_Leader_LineManager_Trainer_Manager_NobodyElse`, `BuddyingApiTests.Pages_LeaderSeesNeedsPlansAndBuddies_AgentSeesOwnPlanWithAcknowledge_OutsiderIsToldNotFound`"),
    ("CC26", "4.4"): ("partial",
        "Methods for developing communication skills as plan activities (coaching, side-by-side listening, call listening with feedback, buddying, shadowing, role-play, e-learning, workshop, knowledge article, knowledge check): `Domain/People/Development/DevelopmentPlan.cs` (DevelopmentMethod); coaching records `CoachingSession.cs`; `Features/People/Development/Pages/PlanPage.razor`. Knowledge checks and the effectiveness of each method are not built.",
        "`DevelopmentApiTests.Plan_Create201_ThenVisibility_Person_Leader_LineManager_Trainer_Manager_200_Everyone_Else_404`, `DevelopmentApiTests.Coaching_RecordedBySupporter_AcknowledgedByTheColleagueOnly_Once`"),
    ("CC32", "4.6"): ("partial",
        "Buddy pairings (experienced colleague, topics identity and security / products / regulation / systems, dates, check-in schedule) with a support log (date, topic, advice, knowledge articles used): `Domain/People/Development/BuddyAssignment.cs`; `Features/People/Development/Buddying.cs`; pairing on `Pages/PersonDevelopmentPage.razor`; ask for help from a buddy or expert, answered once, escalated to the team leader when unanswered for four hours by a Quartz job: `Domain/People/Development/HelpRequest.cs`, `Features/People/Development/HelpRequests.cs`. No ask-for-help button on the workspace or case page yet; briefings not built.",
        "`BuddyingApiTests.Pair201_BuddyLogsSupport_SeenByColleagueBuddyAndSupporters_Others404`, `BuddyingApiTests.Pair_BadInput_Self_Inactive_NoTopics_EndsBeforeStart_OutsideScope404_NothingSaved`, `BuddyAssignmentTests`, `HelpRequestsApiTests.Ask_Answer_Once_OthersSee404_Unanswered_EscalatesToTeamLeader_OnceAfterFourHours`"),
})

# Compliance: requirements register, risk, measures, breaches and their routes, regulatory change, data-protection desk
# (branch compliance). CCTC9 1.2 and 3.1 keep the earlier text and add the register.
_before_cctc9_12 = MAP[("CCTC9", "1.2")]
_before_cctc9_31 = MAP[("CCTC9", "3.1")]
_register_tests = "`ComplianceApiTests.Register_StarterRegisterIsThere_WithExactCitations_AndControlsThatLink`, `ComplianceApiTests.Requirement_Create_Update_StaleIs409_BadInputIsProblem_NothingSaved`, `CompliancePagesTests.Pages_Register_Requirement_Risk_Breaches_Desk_Render_AndConfidentialBreachIs404ForOthers`"
_measure_tests = "`CompliancePagesTests.Measures_ScorecardPassRate_GivesAtRisk_WithTheFiguresAndTheFailedRecords`"
_breach_tests = "`ComplianceApiTests.Breach_PersonalData_IcoDueIn72Hours_RoutedToDisciplinary_IsConfidentialForEveryRole`, `ComplianceApiTests.Disciplinary_StagesInOrder_DecisionNeedsReasons_AppealHeardBySomeoneNew_ActionRaised_Closed`, `ComplianceApiTests.QaComplianceCriticalFailure_RaisesSuspectedBreach_OfficerConfirmsOrDismissesWithReason`, `ComplianceApiTests.Breach_BadInput_IsProblem_AndNothingSaved`, `RiskAndProcedureTests`"
_change_tests = "`ComplianceApiTests.RegulatoryChange_FlagsEveryLinkedItemForItsOwner_DueBeforeEffectiveDate_TrackedToDone`"
MAP.update({
    ("CC32", "2.2"): ("done",
        "`Domain/Compliance/Breach.cs` (suspected → confirmed/dismissed with reason; ICO 72-hour clock; route), `FormalProcedure.cs` (ACAS stage order for disciplinary and grievance); `Features/Compliance/RecordBreach.cs`, `HandleBreach.cs`, `SuspectedBreaches.cs` (IQualityFindings), `BreachScope` in `ComplianceAccess.cs` (confidentiality, 404), `ConfidentialAudit.cs`, `WrittenNoticePdf.cs`; remediation via `IImprovementActions`; `Pages/BreachesPage.razor`, `BreachPage.razor`",
        _breach_tests),
    ("CC32", "4.1"): ("done",
        "`Domain/Compliance/Requirement.cs` (what it means for customers and for colleagues, where it applies, controls linking to the ID&V policy, card redaction, rule packs, scorecard criteria, knowledge articles, product disclosures, procedures), `StarterRegister.cs`; `Features/Compliance/SaveRequirement.cs`, `RequirementDirectory.cs`; `Pages/CompliancePage.razor`, `RequirementPage.razor`, `RequirementEditor.razor`",
        _register_tests),
    ("CC32", "4.2"): ("done",
        "`Domain/Compliance/Risk.cs` (implications; inherent and residual likelihood × impact 1–5 with reasoning; dated `RiskChange`); `Features/Compliance/AssessRisk.cs`, heat map in `RequirementDirectory.cs`; `Pages/RiskPage.razor` (table + chart), risk panel of `RequirementPage.razor`",
        "`ComplianceApiTests.Risk_AssessmentsAreDatedAndKept_HeatMapAndListOrderedByResidualRisk_ScaleOutside1To5Refused`, `RiskAndProcedureTests`"),
    ("CCTC9", "1.2"): ("done",
        _before_cctc9_12[1].replace(" The compliance register is not built.", "") + "; the requirements register with the starter register of UK requirements (data protection, FCA DISP and Consumer Duty, PSRs, Ofcom, Ofgem, PCI DSS, Consumer Contracts Regulations, Consumer Rights Act), each with its exact citation and the controls that enforce it: `Domain/Compliance/StarterRegister.cs`, `Features/Compliance/`",
        _before_cctc9_12[2] + ", " + _register_tests),
    ("CCTC9", "3.1"): ("done",
        _before_cctc9_31[1].replace(" (the Compliance register is not built: requirements are free text)", "") + "; the Compliance register gives the scope of monitoring per requirement, and a compliance-critical criterion citing a requirement feeds its measures and raises suspected breaches (`Features/Quality/IComplianceCriterionResults.cs`, `Features/Compliance/MeasureCompliance.cs`, `SuspectedBreaches.cs`)",
        _before_cctc9_31[2] + ", " + _measure_tests + ", `ComplianceApiTests.QaComplianceCriticalFailure_RaisesSuspectedBreach_OfficerConfirmsOrDismissesWithReason`"),
    ("CC33", "3.1"): ("done",
        "The register confirms the requirements for customer contact, and measures each from the centre's own data with thresholds → compliant / at-risk / non-compliant for a period, with the failed records: `Domain/Compliance/ComplianceStatus.cs`; `Features/Compliance/MeasureCompliance.cs`, `RegisterStatus.cs`; seams `Features/Quality/IComplianceCriterionResults.cs`, `Features/Complaints/IComplaintTimeliness.cs` (ID&V-before-action, disclosures, knowledge acknowledgements and redaction counts report not-measured until their modules expose them)",
        _register_tests + ", " + _measure_tests),
    ("CC33", "3.2"): ("done",
        "`Domain/Compliance/Risk.cs`; `Features/Compliance/AssessRisk.cs`; `Pages/RiskPage.razor`",
        "`ComplianceApiTests.Risk_AssessmentsAreDatedAndKept_HeatMapAndListOrderedByResidualRisk_ScaleOutside1To5Refused`, `RiskAndProcedureTests`"),
    ("CC33", "3.3"): ("done",
        "Breaches dealt with by coaching, disciplinary or grievance with remediation actions and the people concerned told: `Domain/Compliance/Breach.cs`, `FormalProcedure.cs`; `Features/Compliance/HandleBreach.cs`, `ComplianceNotices.cs`",
        _breach_tests),
    ("CC33", "4.1"): ("partial",
        "Procedures, regulations and legislation relevant to contact in the register, with regulatory change flagging linked items for review: `Features/Compliance/`, `Features/Compliance/Changes/` (communication procedures themselves belong to Communications)",
        _register_tests + ", " + _change_tests),
    ("CC26", "4.2"): ("partial",
        "Regulatory change log: a change flags every item linked to the requirements it touches (communication procedures, rule packs, scorecard criteria, articles, the ID&V policy) for review, due before the effective date, tracked to done: `Domain/Compliance/RegulatoryChange.cs`; `Features/Compliance/Changes/RecordRegulatoryChange.cs`, `CompleteReview.cs`, `ChangeDirectory.cs`; `Changes/Pages/ChangesPage.razor` (communication policies are not built; reviews go to the requirement's owner)",
        _change_tests),
})

# CC32 3.1 keeps the catalogue's text (knowledge articles) and adds buddying; ask-for-help is not built.
_cat_cc32_31 = MAP[("CC32", "3.1")]
MAP[("CC32", "3.1")] = ("partial",
    _cat_cc32_31[1].replace(" (buddying is in People & development, not built)", "") + "; buddying with a support log that names the knowledge articles used: `Domain/People/Development/BuddyAssignment.cs`, `Features/People/Development/Buddying.cs`; ask for help with answers that can be flagged as knowledge-article suggestions: `Features/People/Development/HelpRequests.cs`",
    _cat_cc32_31[2] + ", `BuddyingApiTests.Pair201_BuddyLogsSupport_SeenByColleagueBuddyAndSupporters_Others404`, `HelpRequestsApiTests.Ask_Answer_Once_OthersSee404_Unanswered_EscalatesToTeamLeader_OnceAfterFourHours`")

# Performance (issue 10): KPI designer, validation, analysis, distribution, Erlang C.
MAP.update({
    ("CCTC9", "1.3"): ("partial",
        "Service levels are set as KPI targets with tolerance bands per level (`Domain/Performance/Kpi.cs`, `Band.cs`); contacts carry `queuedAt` so waiting is measured from queue entry (`Domain/Cases/Contact.cs`, `Features/Cases/ContactCsv.cs`). The charter of aims, objectives and service offers, and case service targets set here, are not built",
        "`KpiTests`, `ContactQueueTests.CallLog_QStartIsQueuedAt_AnsweredWithoutQueueingWaitedZero_IvrHangUpNeverQueued`, `CallLogKpiTests.Kpis_OverTheImported1999CallLog_GiveTheFiguresWorkedOutFromTheCsv_AndTheSameAfterReimport`"),
    ("CCTC9", "1.4"): ("done",
        "KPI designer: measure catalogue `Domain/Performance/Measures.cs` and arithmetic `ContactMeasureMath.cs` (service level with the denominator chosen explicitly, ASA, abandonment, AHT, FCR), filters, unit and direction, targets and tolerance per level `Kpi.cs`, bands `Band.cs`, frequency, reviewer, review actions per band, versions with effective dates; `Features/Performance/Kpis/CreateKpi.cs`, `ReviseKpi.cs`, `KpiChecks.cs`; `Pages/KpisPage.razor`, `KpiForm.razor`, `KpiPage.razor`",
        "`MeasureTests`, `KpiTests`, `PerformanceApiTests.Kpi_Create_Returns201WithIdAndVersion_AndStaleRevisionIs409`, `PerformanceApiTests.Kpi_BadDefinition_IsAProblem_AndNothingIsSaved`, `PerformancePagesTests.KpiPages_ShowThePurposeTargetsAndResults_AndTheDesignFormKeepsWhatWasTyped`"),
    ("CCTC9", "3.2"): ("done",
        "Each KPI states why it is a criterion of service quality (`KpiDefinition.Purpose`, required), shown on the KPI page, in results and in every distributed message; measured from the platform's own contacts through `Features/Cases/IContactMeasures.cs`",
        "`CallLogKpiTests.Kpis_OverTheImported1999CallLog_GiveTheFiguresWorkedOutFromTheCsv_AndTheSameAfterReimport`, `PerformancePagesTests.KpiPages_ShowThePurposeTargetsAndResults_AndTheDesignFormKeepsWhatWasTyped`"),
    ("CCTC9", "3.3"): ("done",
        "Validation run before publication: completeness (days and queues with no data), accuracy (answered before offered/queued, ended before answered, wrap before end, durations over 4 h, duplicates by external reference, answered with no agent), suitability (individual figures from fewer than 30 contacts marked not reliable): `Domain/Performance/DataValidation.cs`, `Publication.cs` (ValidationRun: exclusions with reasons, acceptance with a comment); `Features/Performance/Publishing/RunValidation.cs`, `ReviewData.cs`, `PublishResults.cs`",
        "`DataValidationTests`, `PublicationApiTests.Validate_ExcludeABadRecordWithAReason_Publish_ReachesExactlyThePeopleTheRulesName_WhoAcknowledge`, `PublicationApiTests.AcceptingTheDataNeedsAComment_AndAPeriodWithNoDataCannotBeValidated`"),
    ("CCTC9", "3.4"): ("partial",
        "Results per period at centre, team and individual level against target and band, each period judged by the KPI version in effect, in the reader's scope: `Features/Performance/Results/KpiCalculator.cs`, `ResultDirectory.cs`; trend or comparison chart + table on `Pages/KpiPage.razor`. Not built: drill-down to the contacts with CSV/XLSX export, variance comments, improvement actions from a review, scorecard pages per person and team",
        "`PerformanceApiTests.Results_AtEveryLevel_WithBands_AndEachRoleSeesOnlyItsScope`, `PerformanceApiTests.Results_APeriodWithNoData_IsAClearProblem`, `CallLogKpiTests`"),
    ("CCTC9", "3.5"): ("done",
        "Distribution rules per KPI (level, audience, reason; individual figures only to the person and their team leader) `Domain/Performance/Publication.cs` (DistributionRule); on publication each recipient is told through `INotifications` with the rule's reason and acknowledges; distribution log with who has not read: `Features/Performance/Publishing/PublishResults.cs`, `PublicationDirectory.cs`",
        "`PublicationApiTests.Validate_ExcludeABadRecordWithAReason_Publish_ReachesExactlyThePeopleTheRulesName_WhoAcknowledge`, `DataValidationTests.DistributionRules_IndividualFiguresGoOnlyToThePersonAndTheirTeamLeader`"),
    ("CC33", "4.3"): ("partial",
        "Staffing from the centre's aims: Erlang C `Domain/Performance/ErlangC.cs` (reproduces the shared published examples), day plan `DayPlan.cs` from history or typed volumes; `Features/Performance/Staffing/`; `Pages/ErlangCPage.razor`. Service objectives linked to communication policies are not built",
        "`ErlangCTests`, `PerformanceApiTests.ErlangC_TheSharedExample_Gives14Agents_20AfterShrinkage_WithItsFigures`, `PerformanceApiTests.DayPlan_FromHistory_AveragesTheSameWeekday`, `PerformancePagesTests.ErlangCPage_TheSharedExample_Shows14Agents_And20AfterShrinkage_AndKeepsBadInputWithAClearError`"),
})

# The seams into People & development are wired: Compliance's coaching route and Performance's red results raise needs.
_cc26_31 = MAP[("CC26", "3.1")]
MAP[("CC26", "3.1")] = (_cc26_31[0],
    _cc26_31[1] + "; wired from Compliance (`HandleBreach.RouteAsync`: the coaching route) and Performance (`PublishResults`: reliable red individual results)",
    _cc26_31[2] + ", `ComplianceApiTests.QaComplianceCriticalFailure_RaisesSuspectedBreach_OfficerConfirmsOrDismissesWithReason`, "
    "`PublicationApiTests.Publishing_AReliableRedIndividualResult_RaisesADevelopmentNeed_AnUnreliableOneDoesNot`")

# Communications, second round: procedures traced to the policy, evaluated and reconciled; channels on cost and benefit.
_proc_api = "`ProcedureApiTests.Evaluation_BlocksApprovalUntilDone_DraftsHiddenFromAgents_BadInputNothingSaved_StaleEdit409`"
_channel_tests = ("`ChannelApiTests.Figures_FollowTheContract_FromTheCentresOwnData_WithTheCostFormulaShown`, "
                  "`ChannelApiTests.Evaluations_WeightedScoresWithRecommendations_KeptAsHistory_BadWeightsRefused_ManagersOnly`, "
                  "`ChannelCatalogueTests`, `ChannelCostTests`")
_channel_code = ("Channel catalogue (nine media, verbal or written, strengths, weaknesses, reach, regulatory constraints) with configured costs, "
                 "per-period figures from the centre's own data through the owning modules' seams (`Features/Cases/IChannelContacts.cs`, "
                 "`Features/Complaints/IComplaintsByChannel.cs`, `Features/Quality/Feedback/ISatisfactionScores.cs`, `Features/Customers/ICustomerSupportNeeds.cs`), "
                 "cost per contact with its formula shown, weighted channel evaluations with recommendations kept as history: "
                 "`Domain/Communications/MediaChannels.cs`, `ChannelCatalogue.cs`, `ChannelCost.cs`; `Features/Communications/ChannelDirectory.cs`, "
                 "`ConfigureChannel.cs`, `EvaluateChannels.cs`, `ChannelEndpoints.cs` (`GET /api/v1/communications/channels`); `Pages/ChannelsPage.razor`")
MAP.update({
    ("CC26", "1.1"): ("done", _channel_code, _channel_tests),
    ("CCTC9", "4.3"): ("done", _channel_code, _channel_tests),
    ("CC26", "2.1"): ("done",
        "Verbal and written procedures written under the published policy, each step citing the clauses it implements (service-objective clauses shown as the objectives it serves): "
        "`Domain/Communications/Procedure.cs`; `Features/Communications/DraftProcedure.cs`, `SaveProcedureDraft.cs`, `ProcedureDirectory.cs`; `Pages/ProcedureEditorPage.razor`",
        "`ProcedureTests.Draft_CitesOnlyClausesOfThePublishedVersion_ChannelMustFitMode_PolicyMustBePublished`, " + _proc_api + ", `CommunicationsBrowserTests`"),
    ("CCTC9", "4.1"): ("done",
        "Procedures and guidelines for verbal and written communication, traced to the communication policy, approved only after evaluation: "
        "`Domain/Communications/Procedure.cs`, `PolicyCoverage.cs`; `Features/Communications/DraftProcedure.cs`, `EvaluateProcedure.cs`, `ApproveProcedure.cs`; `Pages/ProcedurePage.razor`",
        "`ProcedureTests`, " + _proc_api + ", `CommunicationsBrowserTests`"),
    ("CC26", "2.2"): ("done",
        "Evaluation of a draft procedure against the policy in force: every applicable clause covered or not, a verdict per clause and overall; approval refused (409) until the current draft has a consistent evaluation: "
        "`Domain/Communications/PolicyCoverage.cs`, `Procedure.cs` (Evaluate, Approve); `Features/Communications/EvaluateProcedure.cs`, `ApproveProcedure.cs`; `Pages/ProcedurePage.razor`",
        "`ProcedureTests.Evaluation_NeedsAVerdictOnEveryApplicableClause_BlocksApprovalUntilConsistent_AndAnEditSetsItAside`, "
        "`ProcedureTests.Applies_TracedComponentsOnly_ChannelNamedClausesOnlyToThatChannel_ModeNamedClausesOnlyToThatMode`, " + _proc_api + ", `CommunicationsBrowserTests`"),
    ("CC26", "2.3"): ("done",
        "Reconciliation of the policy with its approved procedures: clauses no procedure implements, steps citing no clause, procedures under an older policy version; each gap raises an improvement action and the reconciliation is recorded only when every gap has one: "
        "`Domain/Communications/Reconciliation.cs`; `Features/Communications/ReconciliationDirectory.cs`, `RaiseGapAction.cs`, `RecordReconciliation.cs`; `Pages/ReconciliationPage.razor`",
        "`ProcedureTests.Reconciliation_FindsUnimplementedClauses_UntracedSteps_AndProceduresUnderAnOlderPolicyVersion`, "
        "`ProcedureApiTests.Reconciliation_FindsTheThreeKindsOfGap_RecordedOnlyOnceEachHasAnAction`"),
})
_cc26_13 = MAP[("CC26", "1.3")]
MAP[("CC26", "1.3")] = (_cc26_13[0], _cc26_13[1] + "; policies and procedures reminded for review when due (`Features/Communications/ReviewReminders.cs`, daily Quartz job)",
    _cc26_13[2] + ", `ProcedureApiTests.ReviewReminders_WhenAPolicyAndAProcedureFallDue_TellAuthorManagersAndOwnerOnce`")

# People & development, second round: knowledge checks, effectiveness, briefings, ask for help from the contact and the case.
_journey = "`DevelopmentBrowserTests.TeamLeader_OpensNeeds_PairsBuddy_PlansCoaching_RecordsSession_AgentAcknowledges_EffectivenessShowsBeforeAndAfter`"
_support_journey = "`DevelopmentSupportBrowserTests.Agent_TakesCheck_AcknowledgesBriefing_AsksForHelpFromContactAndCase_LeaderAnswers_RecordsAttendance_ReadsReport`"
_cc26_32 = MAP[("CC26", "3.2")]
MAP[("CC26", "3.2")] = ("done", _cc26_32[1] + "; the whole journey in the browser (needs, plan with coaching and a buddy, session recorded and acknowledged)",
    _cc26_32[2] + ", " + _journey)
_cc26_44 = MAP[("CC26", "4.4")]
MAP[("CC26", "4.4")] = ("done",
    _cc26_44[1].replace(" Knowledge checks and the effectiveness of each method are not built.", "")
    + "; knowledge checks (single and multiple choice, pass mark, a reproducible shuffled paper per attempt, answers never shown before submission, a failed check raises a development need, a passed one completes its plan activity): "
    "`Domain/People/Development/KnowledgeCheck.cs`; `Features/People/Development/KnowledgeChecks.cs`, `TakeKnowledgeCheck.cs`; `Pages/KnowledgeChecksPage.razor`, `AttemptPage.razor`; "
    "the effectiveness of each method: `Pages/EffectivenessReportPage.razor`",
    _cc26_44[2] + ", `KnowledgeCheckTests`, `KnowledgeCheckApiTests.Attempt_PaperHasNoAnswers_UntilSubmitted_FailRaisesAKnowledgeCheckNeed_ResubmitIs409_OthersSee404`, "
    "`KnowledgeCheckApiTests.Check_BadInput_IsAProblem_AttemptForAPlanActivity_PassMovesItToDone`, " + _support_journey)
_cc32_46 = MAP[("CC32", "4.6")]
MAP[("CC32", "4.6")] = ("done",
    _cc32_46[1].replace(" No ask-for-help button on the workspace or case page yet; briefings not built.", "")
    + "; ask for help from the live contact and the case page (`Features/People/Development/Pages/AskForHelpLink.razor`, `HelpPage.razor`, `HelpRequestPage.razor`)",
    _cc32_46[2] + ", " + _support_journey)
MAP.update({
    ("CC26", "3.3"): ("done",
        "The effectiveness of development against the plan's objectives: before and after windows around each activity (default 30 days, at least 3 observations a side), verdicts met / not met / no data before / too few observations / window still open, "
        "measured from QA scores overall and on the criteria linked to the objective's skill, CSAT and knowledge checks, through Quality's seam `Features/Quality/IQualityScores.cs`; per plan and by method: "
        "`Domain/People/Development/Effectiveness.cs`; `Features/People/Development/EffectivenessReport.cs`; `Pages/PlanEffectivenessPage.razor` (chart and table), `EffectivenessReportPage.razor`",
        "`EffectivenessRuleTests`, `EffectivenessApiTests.Plan_BeforeAndAfter_FromQualityScores_WindowEdges_TooFew_NoDataBefore_ReportByMethod_404OutsideSight`, " + _journey),
    ("CC32", "3.2"): ("done",
        "Briefings that raise colleagues' understanding of requirements: to a team or named colleagues, linked to compliance requirements, procedures or knowledge articles, attendance recorded, each colleague acknowledges once: "
        "`Domain/People/Development/Briefing.cs`; `Features/People/Development/Briefings.cs`; `Pages/BriefingsPage.razor`, `BriefingPage.razor`",
        "`BriefingTests`, `BriefingApiTests.TeamBriefing_AudienceIsTheTeam_Acknowledged_Once_Attendance_StaleIs409_OthersSee404`, " + _support_journey),
})

# Performance, second round: the service charter, case service targets, analysis; Quality's sampling in the browser.
_charter_tests = ("`CharterApiTests.Charter_AnObjectiveNamesTheKpisMeasuringItAndThePolicyItServes_OtherModulesReadIt`, "
                  "`CharterApiTests.CaseTargets_SetHere_NewCasesGetThem_OpenCasesKeepTheTargetsTheyWereOpenedWith`, `ServiceCharterTests`")
_charter_code = ("the service charter (aims, measurable objectives each linked to the KPIs that measure it and to the communication policy it serves, "
                 "service offers made to customers): `Domain/Performance/ServiceCharter.cs`; `Features/Performance/Charter/CharterDirectory.cs` "
                 "(`IServiceObjectives`), `AddCharterEntry.cs`, `ReviseCharterEntry.cs`; `Features/Communications/IPolicyTitles.cs`; `Pages/CharterPage.razor`; "
                 "case service targets per priority and category set here and read by Cases when a case opens (`Domain/Performance/CaseServiceTarget.cs`, "
                 "`Features/Performance/ICaseServiceTargets.cs`, `Features/Cases/CaseClock.cs`)")
_cctc9_13 = MAP[("CCTC9", "1.3")]
MAP[("CCTC9", "1.3")] = ("done",
    _cctc9_13[1].replace(" The charter of aims, objectives and service offers, and case service targets set here, are not built", "") + "; " + _charter_code,
    _cctc9_13[2] + ", " + _charter_tests)
_cc33_43 = MAP[("CC33", "4.3")]
MAP[("CC33", "4.3")] = ("done",
    _cc33_43[1].replace(" Service objectives linked to communication policies are not built", "") + "; " + _charter_code,
    _cc33_43[2] + ", " + _charter_tests)
_cctc9_34 = MAP[("CCTC9", "3.4")]
MAP[("CCTC9", "3.4")] = ("done",
    _cctc9_34[1].replace(" Not built: drill-down to the contacts with CSV/XLSX export, variance comments, improvement actions from a review, scorecard pages per person and team", "")
    + "; figures counted in the database (`Features/Cases/ContactTotalsQuery.cs`); drill-down from a figure to its contacts with CSV/XLSX export, variance comments raising improvement actions, "
    "scorecards per person and per team: `Features/Performance/Analysis/`; `Pages/ResultPage.razor`, `Pages/ScorecardPage.razor`",
    _cctc9_34[2] + ", `AnalysisApiTests.DrillDown_ListsTheContactsBehindAFigure_ExportsThem_AndKeepsToTheReadersScope`, "
    "`AnalysisApiTests.Review_CommentsOnVariance_RaisesAnImprovementActionFromIt_SeenOnlyInScope`, `AnalysisApiTests.Scorecards_ShowEachKpiAtAGlance_ForAPersonAndATeam_InScope`, "
    "`PerformanceBrowserTests.Manager_DesignsValidatesExcludesAndPublishes_TeamLeaderAcknowledgesTheTeamsResult_ErlangCShows14And20`, `ContactTotalsTests`")
_cc33_11 = MAP[("CC33", "1.1")]
MAP[("CC33", "1.1")] = ("done",
    _cc33_11[1].replace(" Sampling plans and draws come from the quality-ops branch.", "")
    + "; sampling plans with reproducible draws (on demand and daily by Quartz), coverage and the evaluator's queue: `Features/Quality/Sampling/`",
    _cc33_11[2] + ", `SamplingApiTests.ScheduledDraw_DrawsThePeriodJustEnded_Once_AndTellsTheEvaluators`, `QualityAccessibilityTests`")
_cc32_31 = MAP[("CC32", "3.1")]
MAP[("CC32", "3.1")] = ("done", _cc32_31[1] + "; asked from the live contact and the case page (`Features/People/Development/Pages/AskForHelpLink.razor`)",
    _cc32_31[2] + ", " + _support_journey)
_cctc9_23 = MAP[("CCTC9", "2.3")]
MAP[("CCTC9", "2.3")] = ("done",
    _cctc9_23[1].replace(" Communications templates are not built.", "")
    + "; message templates whose language check flags jargon and long sentences against the policy's plain-language target (`Features/Communications/WriteTemplate.cs`, `Domain/Communications/LanguageChecker.cs`)",
    _cctc9_23[2] + ", `TemplateApiTests.Template_BlockingCheckStopsApproval_FixedThenApproved_BadPlaceholdersAndTagsRefused_NothingSaved`")
_cc33_41 = MAP[("CC33", "4.1")]
MAP[("CC33", "4.1")] = ("done",
    _cc33_41[1].replace(" (communication procedures themselves belong to Communications)", "")
    + "; the communication procedures themselves, traced to the policy (`Features/Communications/DraftProcedure.cs`); controls open what they name (`Domain/Compliance/Requirement.cs` RequirementControl.Link)",
    _cc33_41[2] + ", `ControlLinkTests.ControlLinks_EveryStarterControl_OpensThePageItNames`, "
    "`ComplianceBrowserTests.Officer_OpensRequirement_WalksDisciplinaryBreach_RecordsChangeForOwner_CompletesSarAndErasure`")
