package dev.limittriage.io;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The stored JSON shape of a case draft; mapped by hand in {@link PacketStore}. */
public record DraftDto(int draftVersion, String id, String title, String created, String updated, boolean finished,
                       @Nullable String owner, String paste, Map<String, String> entered,
                       List<PacketDto.AnswerDto> answers, @Nullable String route, @Nullable String currentStep,
                       boolean callerMode, @Nullable String callStartedAt, @Nullable String callEndedAt) {
}
