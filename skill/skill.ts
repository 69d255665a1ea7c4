import { SkillBuilders, type CustomSkillBuilder } from 'ask-sdk-core';
import type { SkillDeps } from './context.js';
import { errorHandler } from './ErrorHandler.js';
import { AdviceQuestionHandler } from './handlers/AdviceQuestionHandler.js';
import { AnotherRoundIntentHandler } from './handlers/AnotherRoundIntentHandler.js';
import { BarrierAnswerHandler } from './handlers/BarrierAnswerHandler.js';
import { BarrierIntentHandler } from './handlers/BarrierIntentHandler.js';
import { BarrierOtherAnswerHandler } from './handlers/BarrierOtherAnswerHandler.js';
import { BodySymptomIntentHandler } from './handlers/BodySymptomIntentHandler.js';
import { CheckInIntentHandler } from './handlers/CheckInIntentHandler.js';
import { CrisisFollowUpHandler } from './handlers/CrisisFollowUpHandler.js';
import { DashboardCodeIntentHandler } from './handlers/DashboardCodeIntentHandler.js';
import { DeleteConfirmationHandler } from './handlers/DeleteConfirmationHandler.js';
import { DeleteDataIntentHandler } from './handlers/DeleteDataIntentHandler.js';
import { ExerciseInfoIntentHandler } from './handlers/ExerciseInfoIntentHandler.js';
import { ExerciseIntentHandler } from './handlers/ExerciseIntentHandler.js';
import { ExerciseOfferAnswerHandler } from './handlers/ExerciseOfferAnswerHandler.js';
import { ExerciseAnswerHandler } from './handlers/ExerciseAnswerHandler.js';
import { ExerciseStopHandler } from './handlers/ExerciseStopHandler.js';
import { FallbackIntentHandler, UnknownIntentHandler } from './handlers/FallbackIntentHandler.js';
import { FeelingAnswerHandler } from './handlers/FeelingAnswerHandler.js';
import { HelpIntentHandler } from './handlers/HelpIntentHandler.js';
import { IntensityAnswerHandler } from './handlers/IntensityAnswerHandler.js';
import { IntensityIntentHandler } from './handlers/IntensityIntentHandler.js';
import { LaunchRequestHandler } from './handlers/LaunchRequestHandler.js';
import { PracticeAnswerHandler } from './handlers/PracticeAnswerHandler.js';
import { PracticeReadBackIntentHandler } from './handlers/PracticeReadBackIntentHandler.js';
import { PracticeStatusIntentHandler } from './handlers/PracticeStatusIntentHandler.js';
import { PreviousIntentHandler } from './handlers/PreviousIntentHandler.js';
import { ResumeAnswerHandler } from './handlers/ResumeAnswerHandler.js';
import { MedicalEmergencyHandler } from './handlers/MedicalEmergencyHandler.js';
import { SafetyHandler } from './handlers/SafetyHandler.js';
import { SetPracticeIntentHandler } from './handlers/SetPracticeIntentHandler.js';
import { SetReminderIntentHandler } from './handlers/SetReminderIntentHandler.js';
import { SessionEndedRequestHandler } from './handlers/SessionEndedRequestHandler.js';
import { SkillDisabledEventHandler } from './handlers/SkillDisabledEventHandler.js';
import { SkipIntentHandler } from './handlers/SkipIntentHandler.js';
import { ThanksIntentHandler } from './handlers/ThanksIntentHandler.js';
import { ExceptionEncounteredHandler, UnusedRequestHandler } from './handlers/SystemRequestHandlers.js';
import { SlowerIntentHandler } from './handlers/SlowerIntentHandler.js';
import { StartOverIntentHandler } from './handlers/StartOverIntentHandler.js';
import { StrengthIntentHandler } from './handlers/StrengthIntentHandler.js';
import { StopCancelIntentHandler } from './handlers/StopCancelIntentHandler.js';
import { WeekSummaryIntentHandler } from './handlers/WeekSummaryIntentHandler.js';
import { WhatHappenedAnswerHandler } from './handlers/WhatHappenedAnswerHandler.js';
import { WhatHappenedIntentHandler } from './handlers/WhatHappenedIntentHandler.js';
import { YesNoIntentHandler } from './handlers/YesNoIntentHandler.js';
import { carrierInterceptor } from './interceptors/CarrierInterceptor.js';
import { loadTurnInterceptor } from './interceptors/LoadTurnInterceptor.js';
import { bareNoInterceptor, pardonInterceptor } from './interceptors/PardonInterceptor.js';

/** Every handler, in the order the SDK tries them. */
export const HANDLERS = [
  // Safety first: crisis language is answered before anything else, in any state; then a medical emergency.
  SafetyHandler,
  MedicalEmergencyHandler,
  SkillDisabledEventHandler,
  SessionEndedRequestHandler,
  ExceptionEncounteredHandler,
  // State-specific answers before the general handlers of the same intents.
  CrisisFollowUpHandler,
  DeleteConfirmationHandler,
  ResumeAnswerHandler,
  // A question that is not the skill's to answer, at any question of the check-in or in an exercise.
  AdviceQuestionHandler,
  ExerciseStopHandler,
  ExerciseAnswerHandler,
  ExerciseOfferAnswerHandler,
  IntensityAnswerHandler,
  FeelingAnswerHandler,
  WhatHappenedAnswerHandler,
  PracticeAnswerHandler,
  BarrierAnswerHandler,
  BarrierOtherAnswerHandler,
  // General handlers.
  LaunchRequestHandler,
  CheckInIntentHandler,
  IntensityIntentHandler,
  StrengthIntentHandler,
  WhatHappenedIntentHandler,
  PracticeStatusIntentHandler,
  PracticeReadBackIntentHandler,
  SetPracticeIntentHandler,
  SetReminderIntentHandler,
  BarrierIntentHandler,
  ExerciseIntentHandler,
  BodySymptomIntentHandler,
  ExerciseInfoIntentHandler,
  AnotherRoundIntentHandler,
  SlowerIntentHandler,
  WeekSummaryIntentHandler,
  DashboardCodeIntentHandler,
  DeleteDataIntentHandler,
  SkipIntentHandler,
  ThanksIntentHandler,
  HelpIntentHandler,
  StopCancelIntentHandler,
  PreviousIntentHandler,
  StartOverIntentHandler,
  YesNoIntentHandler,
  FallbackIntentHandler,
  UnknownIntentHandler,
  // Last: request types the skill has no use for get an empty answer, not the error handler's apology.
  UnusedRequestHandler,
];

/** The skill's builder, shared by the Express server and the Lambda handler. */
export function skillBuilder(deps: SkillDeps): CustomSkillBuilder {
  return SkillBuilders.custom()
    .addRequestHandlers(...HANDLERS)
    // The carrier first: every later step, the safety check included, sees the words whole.
    .addRequestInterceptors(carrierInterceptor, pardonInterceptor, bareNoInterceptor, loadTurnInterceptor(deps))
    .addErrorHandlers(errorHandler(deps))
    .withCustomUserAgent('between-sessions');
}

export function createSkill(deps: SkillDeps) {
  return skillBuilder(deps).create();
}
