package org.reformindicators.io.internal.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.DocumentDeserializer;
import org.reformindicators.io.internal.deser.TextValueDeserializer;
import org.reformindicators.io.internal.document.DocumentForm;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.internal.ser.CoreValueSerializer;
import org.reformindicators.io.internal.ser.DocumentSerializer;

/**
 * Registers the serializers and deserializers of administrative units and registries, such as {@code
 * {"code": "51", "nameVi": "Quảng Ngãi", "level": "PROVINCE", "validUntil": "2025-06-30", …}}.
 *
 * <p>Stateless and thread-safe.
 */
public final class AreaBinding {

  private AreaBinding() {}

  /**
   * Adds the area bindings to a module.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    TypeFactory types = TypeFactory.defaultInstance();
    module.addSerializer(UnitCode.class, ToStringSerializer.instance);
    module.addDeserializer(UnitCode.class, new TextValueDeserializer<>(UnitCode.class, UnitCode::parse));
    module.addSerializer(AdministrativeUnit.class, new UnitSerializer());
    module.addDeserializer(AdministrativeUnit.class, new UnitDeserializer(types.constructType(UnitForm.class)));
    module.addSerializer(UnitRegistry.class, new RegistrySerializer());
    module.addDeserializer(UnitRegistry.class, new RegistryDeserializer(types.constructType(RegistryForm.class)));
  }

  /** The plain form of a unit. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record UnitForm(
      UnitCode code,
      String nameVi,
      String nameEn,
      AdministrativeLevel level,
      String category,
      UnitCode parentCode,
      LocalDate validFrom,
      LocalDate validUntil,
      List<UnitCode> successorCodes,
      List<UnitCode> predecessorCodes,
      String source) {}

  /** The plain form of a registry, a document of kind {@code unit-registry}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RegistryForm(Integer formatVersion, String kind, List<AdministrativeUnit> units) implements DocumentForm {}

  static final class UnitSerializer extends CoreValueSerializer<AdministrativeUnit, UnitForm> {
    private static final long serialVersionUID = 1L;

    UnitSerializer() {
      super(AdministrativeUnit.class);
    }

    @Override
    protected UnitForm form(AdministrativeUnit u) {
      return new UnitForm(
          u.code(),
          u.nameVi(),
          u.nameEn().orElse(null),
          u.level(),
          u.category().orElse(null),
          u.parentCode().orElse(null),
          u.validFrom().orElse(null),
          u.validUntil().orElse(null),
          new ArrayList<>(u.successorCodes()),
          new ArrayList<>(u.predecessorCodes()),
          u.source().orElse(null));
    }
  }

  static final class UnitDeserializer extends CoreValueDeserializer<UnitForm, AdministrativeUnit> {
    private static final long serialVersionUID = 1L;

    UnitDeserializer(JavaType form) {
      super(AdministrativeUnit.class, form);
    }

    @Override
    protected AdministrativeUnit build(UnitForm f) {
      AdministrativeUnit.Builder builder =
          AdministrativeUnit.builder()
              .code(Objects.requireNonNull(f.code(), "code"))
              .nameVi(Objects.requireNonNull(f.nameVi(), "nameVi"))
              .level(Objects.requireNonNull(f.level(), "level"));
      if (f.nameEn() != null) {
        builder.nameEn(f.nameEn());
      }
      if (f.category() != null) {
        builder.category(f.category());
      }
      if (f.parentCode() != null) {
        builder.parentCode(f.parentCode());
      }
      if (f.validFrom() != null) {
        builder.validFrom(f.validFrom());
      }
      if (f.validUntil() != null) {
        builder.validUntil(f.validUntil());
      }
      if (f.successorCodes() != null) {
        builder.addAllSuccessorCodes(f.successorCodes());
      }
      if (f.predecessorCodes() != null) {
        builder.addAllPredecessorCodes(f.predecessorCodes());
      }
      if (f.source() != null) {
        builder.source(f.source());
      }
      return builder.build();
    }
  }

  static final class RegistrySerializer extends DocumentSerializer<UnitRegistry, RegistryForm> {
    private static final long serialVersionUID = 1L;

    RegistrySerializer() {
      super(UnitRegistry.class, DocumentKind.UNIT_REGISTRY);
    }

    @Override
    protected RegistryForm form(UnitRegistry value, Integer formatVersion, String kind) {
      return new RegistryForm(formatVersion, kind, value.all());
    }
  }

  static final class RegistryDeserializer extends DocumentDeserializer<RegistryForm, UnitRegistry> {
    private static final long serialVersionUID = 1L;

    RegistryDeserializer(JavaType form) {
      super(UnitRegistry.class, form, DocumentKind.UNIT_REGISTRY);
    }

    @Override
    protected UnitRegistry build(RegistryForm form) {
      return UnitRegistry.of(Objects.requireNonNull(form.units(), "units"));
    }
  }
}
