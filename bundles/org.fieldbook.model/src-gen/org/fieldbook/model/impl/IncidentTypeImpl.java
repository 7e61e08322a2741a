/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.IncidentType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Incident Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.IncidentTypeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.IncidentTypeImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.IncidentTypeImpl#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.IncidentTypeImpl#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IncidentTypeImpl extends RecordImpl implements IncidentType {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected String ownerId = OWNER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNING_BUSINESS_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected String owningBusinessUnit = OWNING_BUSINESS_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IncidentTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.INCIDENT_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.INCIDENT_TYPE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.INCIDENT_TYPE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerId() {
		return ownerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerId(String newOwnerId) {
		String oldOwnerId = ownerId;
		ownerId = newOwnerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.INCIDENT_TYPE__OWNER_ID, oldOwnerId, ownerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwningBusinessUnit() {
		return owningBusinessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningBusinessUnit(String newOwningBusinessUnit) {
		String oldOwningBusinessUnit = owningBusinessUnit;
		owningBusinessUnit = newOwningBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.INCIDENT_TYPE__OWNING_BUSINESS_UNIT, oldOwningBusinessUnit, owningBusinessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.INCIDENT_TYPE__NAME:
				return getName();
			case FieldbookPackage.INCIDENT_TYPE__DESCRIPTION:
				return getDescription();
			case FieldbookPackage.INCIDENT_TYPE__OWNER_ID:
				return getOwnerId();
			case FieldbookPackage.INCIDENT_TYPE__OWNING_BUSINESS_UNIT:
				return getOwningBusinessUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.INCIDENT_TYPE__NAME:
				setName((String)newValue);
				return;
			case FieldbookPackage.INCIDENT_TYPE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case FieldbookPackage.INCIDENT_TYPE__OWNER_ID:
				setOwnerId((String)newValue);
				return;
			case FieldbookPackage.INCIDENT_TYPE__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.INCIDENT_TYPE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FieldbookPackage.INCIDENT_TYPE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case FieldbookPackage.INCIDENT_TYPE__OWNER_ID:
				setOwnerId(OWNER_ID_EDEFAULT);
				return;
			case FieldbookPackage.INCIDENT_TYPE__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit(OWNING_BUSINESS_UNIT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.INCIDENT_TYPE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FieldbookPackage.INCIDENT_TYPE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case FieldbookPackage.INCIDENT_TYPE__OWNER_ID:
				return OWNER_ID_EDEFAULT == null ? ownerId != null : !OWNER_ID_EDEFAULT.equals(ownerId);
			case FieldbookPackage.INCIDENT_TYPE__OWNING_BUSINESS_UNIT:
				return OWNING_BUSINESS_UNIT_EDEFAULT == null ? owningBusinessUnit != null : !OWNING_BUSINESS_UNIT_EDEFAULT.equals(owningBusinessUnit);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", ownerId: ");
		result.append(ownerId);
		result.append(", owningBusinessUnit: ");
		result.append(owningBusinessUnit);
		result.append(')');
		return result.toString();
	}

} //IncidentTypeImpl
